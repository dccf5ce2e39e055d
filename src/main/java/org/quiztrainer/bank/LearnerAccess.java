package org.quiztrainer.bank;

import java.util.Set;

/**
 * What a learner may see of the bank: the study feature implements it, so the bank can apply the
 * answer-key rule without depending on study or classes. A learner browses every question except those a
 * quiz holds back from them, and sees a question's answer and explanation only once they answered it.
 */
public interface LearnerAccess {

    /** Questions the learner may not browse now: those of a quiz they are taking or whose results are not out. */
    Set<String> withheld(long learnerId);

    /** Whether the learner answered the question (and no quiz holds it back), so may see its key. */
    boolean hasAnswered(long learnerId, String questionId);
}
