package org.quiztrainer.study;

import java.util.List;
import java.util.Optional;
import org.quiztrainer.srs.optimizer.Evaluation;
import org.quiztrainer.srs.optimizer.Evaluator;
import org.quiztrainer.srs.optimizer.TrainingItems;

/**
 * How well a set of weights predicts a learner's review history (fsrs-rs's evaluation).
 *
 * @param logLoss  the recency-weighted cross-entropy of the predicted recall (lower is better)
 * @param rmseBins the root mean square gap between predicted and actual recall over bins of similar
 *                 reviews (lower is better)
 */
public record FitFigures(double logLoss, double rmseBins) {

    public FitFigures {
        if (!Double.isFinite(logLoss) || !Double.isFinite(rmseBins) || logLoss < 0 || rmseBins < 0) {
            throw new IllegalArgumentException("figures must be finite and >= 0");
        }
    }

    /**
     * How much closer {@code after}'s predictions are to what was really recalled, as a share of this gap:
     * $$1 - \text{RMSE}_{after} / \text{RMSE}_{before}$$ (negative if they are further).
     */
    public double closerBy(FitFigures after) {
        return rmseBins == 0 ? 0 : 1 - after.rmseBins() / rmseBins;
    }

    /** The figures of {@code weights} on {@code items} (fsrs-rs's evaluate); empty when there are no items. */
    static Optional<FitFigures> of(TrainingItems items, List<Double> weights) {
        try {
            Evaluation e = Evaluator.evaluate(items, weights);
            return Optional.of(new FitFigures(e.logLoss(), e.rmseBins()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
