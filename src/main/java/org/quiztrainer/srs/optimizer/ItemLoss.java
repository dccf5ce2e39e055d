package org.quiztrainer.srs.optimizer;

import org.quiztrainer.srs.MemoryModel;

/**
 * The FSRS-6 memory model as fsrs-rs trains it, with its gradient by reverse-mode differentiation: the
 * state after each review of an item's history, the predicted recall of its current review, the
 * weighted binary cross-entropy of that prediction and the loss's derivative with respect to each of
 * the 21 weights. The formulas are those of {@link MemoryModel} without the 8-decimal rounding that
 * ts-fsrs applies when scheduling (fsrs-rs trains and evaluates without it):
 * <ul>
 * <li>first review: $$S = w_{G-1},\ D = \text{clamp}(w_4 - e^{(G-1) w_5} + 1, 1, 10)$$</li>
 * <li>same day (t = 0): $$S' = S \cdot \text{SInc},\ \text{SInc} = e^{w_{17}(G - 3 + w_{18})} S^{-w_{19}}$$
 * at least 1 for G &ge; 2;</li>
 * <li>lapse: $$S' = \min\left(w_{11} D^{-w_{12}} ((S+1)^{w_{13}} - 1) e^{w_{14}(1-R)},\ S / e^{w_{17} w_{18}}\right)$$</li>
 * <li>recall: $$S' = S \left(1 + e^{w_8} (11 - D) S^{-w_9} (e^{w_{10}(1-R)} - 1) \cdot w_{15}[G=2] \cdot w_{16}[G=4]\right)$$</li>
 * <li>difficulty: $$D' = \text{clamp}(w_7 D_0(4) + (1 - w_7)(D + (10 - D)\frac{-w_6 (G-3)}{9}), 1, 10)$$</li>
 * <li>recall probability: $$R(t, S) = (1 + \text{factor} \cdot t / S)^{-w_{20}}$$</li>
 * </ul>
 * S is kept in 0.001..36500 after each review. Clamps pass the gradient on their boundary and stop it
 * outside (as Burn and PyTorch do). Not thread-safe: one instance per thread.
 */
final class ItemLoss {

    static final double S_MIN = MemoryModel.S_MIN;
    static final double S_MAX = MemoryModel.S_MAX;
    static final double D_MIN = 1;
    static final double D_MAX = 10;
    private static final double MIN_PROB = 1e-7;
    private static final double MAX_PROB = 1 - 1e-7;

    private Step step;
    private double[] stateS = new double[64];
    private double[] stateD = new double[64];
    private double[] cache = new double[64 * 5];

    ItemLoss(double[] weights) {
        this.step = new Step(weights);
    }

    /** Uses other weights from now on. */
    void useWeights(double[] weights) {
        this.step = new Step(weights);
    }

    /** The predicted probability of recalling review {@code length - 1} of the history at {@code start}. */
    double predict(byte[] ratings, int[] deltas, int start, int length) {
        double s = 0;
        double d = 0;
        for (int k = 0; k < length - 1; k++) {
            int rating = ratings[start + k];
            if (k == 0) {
                s = step.initStability(rating);
                d = step.initDifficulty(rating);
            } else {
                double lastS = clamp(s, S_MIN, S_MAX);
                double lastD = clamp(d, D_MIN, D_MAX);
                s = clamp(step.nextStability(lastS, lastD, deltas[start + k], rating), S_MIN, S_MAX);
                d = clamp(step.meanReverted(lastD, rating), D_MIN, D_MAX);
            }
        }
        return step.retrievability(deltas[start + length - 1], s);
    }

    /**
     * The weighted cross-entropy of the item's prediction, $$-w_i (y \ln R + (1 - y) \ln(1 - R))$$ with R
     * kept in 1e-7..1-1e-7, and, when {@code gradient} is not null, its derivatives added to it.
     */
    double loss(byte[] ratings, int[] deltas, int start, int length, double weight, double[] gradient) {
        int history = length - 1;
        if (stateS.length < history + 1) {
            stateS = new double[Math.max(history + 1, stateS.length * 2)];
            stateD = new double[stateS.length];
            cache = new double[stateS.length * 5];
        }
        double s = 0;
        double d = 0;
        for (int k = 0; k < history; k++) {
            stateS[k] = s;
            stateD[k] = d;
            int rating = ratings[start + k];
            if (k == 0) {
                s = step.initStability(rating);
                d = step.initDifficulty(rating);
            } else {
                double lastS = clamp(s, S_MIN, S_MAX);
                double lastD = clamp(d, D_MIN, D_MAX);
                s = clamp(step.forward(lastS, lastD, deltas[start + k], rating, cache, 5 * k), S_MIN, S_MAX);
                d = clamp(step.meanReverted(lastD, rating), D_MIN, D_MAX);
            }
        }
        int t = deltas[start + history];
        boolean recalled = ratings[start + history] > 1;
        double rRaw = step.retrievability(t, s);
        double r = clamp(rRaw, MIN_PROB, MAX_PROB);
        double loss = crossEntropy(rRaw, recalled, weight);
        if (gradient == null || weight == 0 || !(rRaw > MIN_PROB && rRaw < MAX_PROB)) {
            return loss;
        }
        double gR = -weight * (recalled ? 1 / r : -1 / (1 - r));
        double gS = step.curveBackward(t, s, rRaw, gR, gradient);
        double gD = 0;
        for (int k = history - 1; k >= 0; k--) {
            int rating = ratings[start + k];
            if (k == 0) {
                step.initBackward(rating, gS, gD, gradient);
            } else {
                step.backward(stateS[k], stateD[k], deltas[start + k], rating, gS, gD, gradient, cache, 5 * k);
                gS = step.gradientS;
                gD = step.gradientD;
            }
        }
        return loss;
    }

    /** $$-w (y \ln R + (1 - y) \ln(1 - R))$$ with R kept in 1e-7..1-1e-7. */
    static double crossEntropy(double rRaw, boolean recalled, double weight) {
        double r = clamp(rRaw, MIN_PROB, MAX_PROB);
        return -(recalled ? Math.log(r) : Math.log(1 - r)) * weight;
    }

    static double clamp(double x, double min, double max) {
        return Math.min(Math.max(x, min), max);
    }

    /** The derivative of a clamp: 1 inside [min, max] (boundaries included), 0 outside. */
    static double clampGradient(double x, double min, double max) {
        return x >= min && x <= max ? 1 : 0;
    }
}
