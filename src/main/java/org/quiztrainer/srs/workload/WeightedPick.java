package org.quiztrainer.srs.workload;

import java.util.SplittableRandom;

/** A random index drawn in proportion to non-negative weights. */
final class WeightedPick {

    private WeightedPick() {}

    /** Index {@code i} with probability {@code weights[i] / Σ weights}; the last index takes any rounding left. */
    static int pick(double[] weights, SplittableRandom random) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = random.nextDouble() * total;
        for (int i = 0; i < weights.length - 1; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
