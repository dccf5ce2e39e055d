package org.quiztrainer.study;

import java.util.Set;

/**
 * What a learner's quizzes hold back from them now.
 *
 * @param questions      questions not to serve in study or practice, and whose key, correctness and memory
 *                       the learner may not see: those of an attempt in progress, and those of a submitted
 *                       attempt until its review shows marks, correct answers and explanations (or the
 *                       assignment closes for the learner)
 * @param hiddenAttempts submitted attempts whose marks the learner may not see now: the rating of their quiz
 *                       answers stays out of the learner's history and statistics
 */
public record QuizHold(Set<String> questions, Set<Long> hiddenAttempts) {

    /** Nothing held. */
    public static final QuizHold NONE = new QuizHold(Set.of(), Set.of());

    public QuizHold {
        questions = Set.copyOf(questions);
        hiddenAttempts = Set.copyOf(hiddenAttempts);
    }

    /** Whether the question is held back. */
    public boolean holds(String questionId) {
        return questions.contains(questionId);
    }
}
