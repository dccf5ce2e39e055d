package org.quiztrainer.srs.optimizer;

import java.util.List;
import java.util.Objects;
import org.quiztrainer.srs.Parameters;

/**
 * The result of a fit.
 *
 * @param weights       the 21 weights found
 * @param outcome       how far the fit could go with this much history
 * @param trainingItems the training items after the outlier filter
 */
public record Optimization(List<Double> weights, Outcome outcome, int trainingItems) {

    /** How far a fit went. */
    public enum Outcome {
        /** Fewer than {@link FsrsOptimizer#MIN_ITEMS} items: the default weights. */
        DEFAULTS,
        /**
         * Fewer than {@link FsrsOptimizer#MIN_ITEMS_FOR_FULL_FIT} items, or only first long-term reviews:
         * the four initial stabilities fitted, the other weights the defaults.
         */
        INITIAL_STABILITY,
        /** All the weights fitted. */
        FITTED
    }

    public Optimization {
        Objects.requireNonNull(outcome, "outcome");
        weights = List.copyOf(weights);
        if (weights.size() != Parameters.WEIGHT_COUNT) {
            throw new IllegalArgumentException("an optimisation gives " + Parameters.WEIGHT_COUNT + " weights");
        }
    }
}
