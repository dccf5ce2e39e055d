package org.quiztrainer.srs;

import java.util.List;

/**
 * The bounds ts-fsrs 5.4.2 clamps FSRS-6 weights to before using them, which are also the bounds fsrs-rs
 * clips to after every optimiser step.
 */
public final class WeightBounds {

    private static final double S_MIN = MemoryModel.S_MIN;
    private static final double INIT_S_MAX = 100.0;
    private static final double W17_W18_CEILING = 2.0;

    private WeightBounds() {}

    /**
     * Clamps each weight to its bound. With more than one relearning step, the ceiling of w17 and w18
     * is lowered so that the steps cannot raise stability after a lapse:
     * $$c = \sqrt{\max(0, -(\ln w_{11} + \ln(2^{w_{13}} - 1) + 0.3\,w_{14}) / n)}$$ clamped to 0.01..2.
     */
    static double[] clamp(List<Double> weights, int relearningSteps, boolean enableShortTerm) {
        double[] w = new double[weights.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights.get(i);
        }
        return clamp(w, relearningSteps, enableShortTerm);
    }

    /**
     * The 21 weights clamped to their bounds, as {@link #clamp(List, int, boolean)}; {@code weights} is
     * not changed.
     */
    public static double[] clamp(double[] weights, int relearningSteps, boolean enableShortTerm) {
        double[][] bounds = {
            {S_MIN, INIT_S_MAX},
            {S_MIN, INIT_S_MAX},
            {S_MIN, INIT_S_MAX},
            {S_MIN, INIT_S_MAX},
            {1.0, 10.0},
            {0.001, 4.0},
            {0.001, 4.0},
            {0.001, 0.75},
            {0.0, 4.5},
            {0.0, 0.8},
            {0.001, 3.5},
            {0.001, 5.0},
            {0.001, 0.25},
            {0.001, 0.9},
            {0.0, 4.0},
            {0.0, 1.0},
            {1.0, 6.0},
            {0.0, W17_W18_CEILING},
            {0.0, W17_W18_CEILING},
            {enableShortTerm ? 0.01 : 0.0, 0.8},
            {0.1, 0.8},
        };
        if (relearningSteps > 1) {
            double w11 = clamp(weights[11], bounds[11]);
            double w13 = clamp(weights[13], bounds[13]);
            double w14 = clamp(weights[14], bounds[14]);
            double value =
                    -(StrictMath.log(w11) + StrictMath.log(StrictMath.pow(2, w13) - 1) + w14 * 0.3) / relearningSteps;
            double ceiling =
                    Math.min(Math.max(MemoryModel.round8(StrictMath.sqrt(Math.max(value, 0))), 0.01), W17_W18_CEILING);
            bounds[17][1] = ceiling;
            bounds[18][1] = ceiling;
        }
        double[] w = new double[weights.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = clamp(weights[i], bounds[i]);
        }
        return w;
    }

    private static double clamp(double value, double[] bound) {
        return Math.min(Math.max(value, bound[0]), bound[1]);
    }
}
