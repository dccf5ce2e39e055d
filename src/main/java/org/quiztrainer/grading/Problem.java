package org.quiztrainer.grading;

/** Why an answer could not be read. Each is graded wrong, with score 0 and the rating Again. */
public enum Problem {
    /** Nothing was typed (only white space or punctuation). */
    BLANK,
    /** Longer than {@link Grader#MAX_INPUT_LENGTH} characters; not read at all. */
    TOO_LONG,
    /** The typed text does not start with a number. */
    NOT_A_NUMBER,
    /** A number followed by a word that is neither a spelling of the unit nor a scale word. */
    UNKNOWN_UNIT,
    /** A number whose exponent is beyond +-100 ({@code 1e999}): too large or small to be meant. */
    OUT_OF_RANGE,
    /**
     * The answer does not fit the question: a choice index, item or pair id it does not have, an item
     * given twice, or several choices for a single-choice question. A UI cannot send this; a forged or
     * stale request can, and the caller may prefer to refuse it instead of recording it.
     */
    MALFORMED
}
