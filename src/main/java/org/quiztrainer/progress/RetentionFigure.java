package org.quiztrainer.progress;

/** Reviews passed (rated Hard, Good or Easy) out of all reviews counted. */
public record RetentionFigure(int passed, int total) {

    /** passed / total, or {@code NaN} when nothing was counted. */
    public double rate() {
        return total == 0 ? Double.NaN : (double) passed / total;
    }
}
