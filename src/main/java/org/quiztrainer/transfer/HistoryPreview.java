package org.quiztrainer.transfer;

/**
 * The review history a file brings (an Anki package) and whether it is brought in.
 *
 * @param cards    cards with a history
 * @param answers  answers to write into the learner's review log
 * @param leftOut  rows that are not answers (manual reschedules) or come before a reset
 * @param allowed  whether it may go into the caller's memory: the caller owns the bank (or creates it)
 * @param wanted   whether the caller asked for it
 */
public record HistoryPreview(int cards, int answers, int leftOut, boolean allowed, boolean wanted) {

    /** A file without history. */
    public static final HistoryPreview NONE = new HistoryPreview(0, 0, 0, false, false);

    /** Whether confirming writes it. */
    public boolean imported() {
        return allowed && wanted && cards > 0;
    }
}
