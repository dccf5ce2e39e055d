package org.quiztrainer.classroom;

/**
 * What a learner may look at after an attempt, and from when.
 *
 * @param score        their score
 * @param answers      their own answers, each marked right or wrong
 * @param correct      the correct answers
 * @param explanations the explanations of the questions
 * @param when         from when they may look
 */
public record ReviewOptions(boolean score, boolean answers, boolean correct, boolean explanations, When when) {

    /** From when the review is open. */
    public enum When {
        /** As soon as the attempt is submitted. */
        AFTER_SUBMIT,
        /** Once the assignment has closed (for that learner, with any extension). */
        AFTER_CLOSE
    }

    public ReviewOptions {
        if (when == null) {
            throw new IllegalArgumentException("when is required");
        }
    }

    /** Everything, after submitting. */
    public static final ReviewOptions ALL = new ReviewOptions(true, true, true, true, When.AFTER_SUBMIT);
}
