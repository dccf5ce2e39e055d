package org.quiztrainer.srs.optimizer;

import static org.quiztrainer.srs.optimizer.ItemLoss.D_MAX;
import static org.quiztrainer.srs.optimizer.ItemLoss.D_MIN;
import static org.quiztrainer.srs.optimizer.ItemLoss.S_MAX;
import static org.quiztrainer.srs.optimizer.ItemLoss.S_MIN;
import static org.quiztrainer.srs.optimizer.ItemLoss.clamp;
import static org.quiztrainer.srs.optimizer.ItemLoss.clampGradient;

/**
 * One review's memory-state transition of {@link ItemLoss} and its local derivatives. The backward
 * methods take the loss's derivatives with respect to the state after the review, add those with
 * respect to the weights to {@code gradient}, and leave those with respect to the state before it in
 * {@link #gradientS} and {@link #gradientD}.
 */
final class Step {

    private static final double LN_09 = Math.log(0.9);

    final double[] w;
    private final double decay;
    private final double factor;
    private final double factorByDecay;
    private final double expW8;
    private final double failureDivisor;
    private final double easyDifficulty;
    private final double exp3w5;
    private final double[] scratch = new double[5];
    /** The derivative with respect to S before the review, after {@link #backward}. */
    double gradientS;
    /** The derivative with respect to D before the review, after {@link #backward}. */
    double gradientD;

    Step(double[] weights) {
        this.w = weights.clone();
        this.decay = -w[20];
        double e = Math.exp(LN_09 / decay);
        this.factor = e - 1;
        this.factorByDecay = e * (-LN_09 / (decay * decay));
        this.expW8 = Math.exp(w[8]);
        this.failureDivisor = Math.exp(w[17] * w[18]);
        this.easyDifficulty = w[4] - Math.exp(3 * w[5]) + 1;
        this.exp3w5 = Math.exp(3 * w[5]);
    }

    /** $$R(t, S) = (1 + \text{factor} \cdot t / S)^{-w_{20}}$$ */
    double retrievability(int t, double s) {
        return Math.pow(1 + factor * Math.max(t, 0) / s, decay);
    }

    /** $$S_0 = \text{clamp}(w_{G-1}, 0.001, 36500)$$ */
    double initStability(int rating) {
        return clamp(w[rating - 1], S_MIN, S_MAX);
    }

    /** $$D_0 = \text{clamp}(w_4 - e^{(G-1) w_5} + 1, 1, 10)$$ */
    double initDifficulty(int rating) {
        return clamp(rawInitDifficulty(rating), D_MIN, D_MAX);
    }

    private double rawInitDifficulty(int rating) {
        return w[4] - Math.exp((rating - 1) * w[5]) + 1;
    }

    /** S after a review, before clamping, from the clamped state before it (see {@link ItemLoss}). */
    double nextStability(double s, double d, int t, int rating) {
        return forward(s, d, t, rating, scratch, 0);
    }

    /**
     * {@link #nextStability}, leaving in {@code cache[at..at+4]} what {@link #backward} needs: S before
     * clamping, R, and the branch's powers and exponentials.
     */
    double forward(double s, double d, int t, int rating, double[] cache, int at) {
        double next;
        if (t == 0) {
            double raw = Math.exp(w[17] * (rating - 3 + w[18])) * Math.pow(s, -w[19]);
            cache[at + 1] = 1;
            cache[at + 2] = raw;
            next = s * (rating >= 2 ? Math.max(raw, 1) : raw);
        } else {
            double r = retrievability(t, s);
            cache[at + 1] = r;
            if (rating == 1) {
                double dPow = Math.pow(d, -w[12]);
                double sPow = Math.pow(s + 1, w[13]);
                double er = Math.exp((1 - r) * w[14]);
                cache[at + 2] = dPow;
                cache[at + 3] = sPow;
                cache[at + 4] = er;
                double raw = w[11] * dPow * (sPow - 1) * er;
                double floor = s / failureDivisor;
                next = floor < raw ? floor : raw;
            } else {
                double sPow = Math.pow(s, -w[9]);
                double expR = Math.exp((1 - r) * w[10]);
                cache[at + 2] = sPow;
                cache[at + 3] = expR;
                double hard = rating == 2 ? w[15] : 1;
                double easy = rating == 4 ? w[16] : 1;
                next = s * (1 + expW8 * (11 - d) * sPow * (expR - 1) * hard * easy);
            }
        }
        cache[at] = next;
        return next;
    }

    /** D after a review, before clamping: linear damping then mean reversion towards D0(4). */
    double meanReverted(double d, int rating) {
        double next = d + (10 - d) * (-w[6] * (rating - 3)) / 9;
        return w[7] * (easyDifficulty - next) + next;
    }

    /** Back through R(t, S): adds dL/dw20, returns dL/dS. */
    double curveBackward(int t, double s, double r, double gR, double[] gradient) {
        if (gR == 0) {
            return 0;
        }
        double base = 1 + factor * t / s;
        double gS = gR * r * decay / base * (-t * factor / (s * s));
        double dRdDecay = r * (Math.log(base) + decay / base * (t / s * factorByDecay));
        gradient[20] -= gR * dRdDecay;
        return gS;
    }

    /** Back through the first review's S0 and D0. */
    void initBackward(int rating, double gS, double gD, double[] gradient) {
        gradient[rating - 1] += gS * clampGradient(w[rating - 1], S_MIN, S_MAX);
        double gRaw = gD * clampGradient(rawInitDifficulty(rating), D_MIN, D_MAX);
        if (gRaw != 0) {
            gradient[4] += gRaw;
            gradient[5] -= gRaw * (rating - 1) * Math.exp((rating - 1) * w[5]);
        }
    }

    /**
     * Back through a later review from the state (stateS, stateD) before it, with what {@link #forward}
     * left in {@code cache[at..at+4]}.
     */
    void backward(
            double stateS,
            double stateD,
            int t,
            int rating,
            double gOutS,
            double gOutD,
            double[] gradient,
            double[] cache,
            int at) {
        double s = clamp(stateS, S_MIN, S_MAX);
        double d = clamp(stateD, D_MIN, D_MAX);
        double gPre = gOutS * clampGradient(cache[at], S_MIN, S_MAX);
        double r = cache[at + 1];
        double gS = 0;
        double gD = 0;
        double gR = 0;
        if (gPre != 0) {
            if (t == 0) {
                double raw = cache[at + 2];
                boolean floored = rating >= 2 && raw < 1;
                gS += gPre * (floored ? 1 : raw);
                if (!floored) {
                    double g = gPre * s * raw;
                    gradient[17] += g * (rating - 3 + w[18]);
                    gradient[18] += g * w[17];
                    gradient[19] -= g * Math.log(s);
                    gS -= g * w[19] / s;
                }
            } else if (rating == 1) {
                double dPow = cache[at + 2];
                double sPow = cache[at + 3];
                double er = cache[at + 4];
                double raw = w[11] * dPow * (sPow - 1) * er;
                double floor = s / failureDivisor;
                if (floor < raw) {
                    gradient[17] -= gPre * floor * w[18];
                    gradient[18] -= gPre * floor * w[17];
                    gS += gPre / failureDivisor;
                } else {
                    gradient[11] += gPre * dPow * (sPow - 1) * er;
                    gradient[12] -= gPre * raw * Math.log(d);
                    gradient[13] += gPre * w[11] * dPow * er * sPow * Math.log(s + 1);
                    gradient[14] += gPre * raw * (1 - r);
                    gS += gPre * w[11] * dPow * er * w[13] * sPow / (s + 1);
                    gD -= gPre * raw * w[12] / d;
                    gR -= gPre * raw * w[14];
                }
            } else {
                double hard = rating == 2 ? w[15] : 1;
                double easy = rating == 4 ? w[16] : 1;
                double sPow = cache[at + 2];
                double expR = cache[at + 3];
                double plain = expW8 * sPow * (11 - d) * (expR - 1);
                double inc = plain * hard * easy;
                double gInc = gPre * s;
                gS += gPre * (inc + 1) - gInc * inc * w[9] / s;
                gD -= gInc * expW8 * sPow * (expR - 1) * hard * easy;
                gR -= gInc * expW8 * sPow * (11 - d) * hard * easy * w[10] * expR;
                gradient[8] += gInc * inc;
                gradient[9] -= gInc * inc * Math.log(s);
                gradient[10] += gInc * expW8 * sPow * (11 - d) * hard * easy * (1 - r) * expR;
                if (rating == 2) {
                    gradient[15] += gInc * plain * easy;
                } else if (rating == 4) {
                    gradient[16] += gInc * plain * hard;
                }
            }
        }
        gD += difficultyBackward(d, rating, gOutD, gradient);
        if (gR != 0) {
            gS += curveBackward(t, s, r, gR, gradient);
        }
        gradientS = gS * clampGradient(stateS, S_MIN, S_MAX);
        gradientD = gD * clampGradient(stateD, D_MIN, D_MAX);
    }

    private double difficultyBackward(double d, int rating, double gOut, double[] gradient) {
        double gMean = gOut * clampGradient(meanReverted(d, rating), D_MIN, D_MAX);
        if (gMean == 0) {
            return 0;
        }
        double deltaD = -w[6] * (rating - 3);
        double next = d + (10 - d) * deltaD / 9;
        gradient[7] += gMean * (easyDifficulty - next);
        gradient[4] += gMean * w[7];
        gradient[5] -= gMean * w[7] * 3 * exp3w5;
        double gNext = gMean * (1 - w[7]);
        gradient[6] -= gNext * (10 - d) * (rating - 3) / 9;
        return gNext * (1 - deltaD / 9);
    }
}
