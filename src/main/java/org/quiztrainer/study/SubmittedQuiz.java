package org.quiztrainer.study;

import java.util.List;

/** A submitted attempt's answers, to enter its learner's memory model once. */
public record SubmittedQuiz(long attemptId, long learnerId, List<QuizAnswer> answers) {

    public SubmittedQuiz {
        answers = List.copyOf(answers);
    }
}
