package org.quiztrainer.srs.optimizer;

/**
 * How well weights predict a review log, as fsrs-rs's {@code evaluate} measures it.
 *
 * @param logLoss  the recency-weighted binary cross-entropy of the predicted recall (lower is better)
 * @param rmseBins the root mean square error between predicted and actual recall over bins of elapsed
 *                 days, review count and lapses, weighted by the bins' recency weight (lower is better)
 * @param items    the number of items scored
 */
public record Evaluation(double logLoss, double rmseBins, int items) {

    public Evaluation {
        if (!Double.isFinite(logLoss) || !Double.isFinite(rmseBins) || items < 1) {
            throw new IllegalArgumentException("an evaluation needs finite figures and at least one item");
        }
    }
}
