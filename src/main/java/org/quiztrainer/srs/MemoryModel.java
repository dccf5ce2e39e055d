package org.quiztrainer.srs;

/**
 * The FSRS-6 memory model: the formulas of ts-fsrs 5.4.2's {@code FSRSAlgorithm}, with its rounding of
 * intermediate results to 8 decimals ({@link #round8}), so that results agree with ts-fsrs.
 *
 * <p>Symbols: R retrievability (probability of recall), S stability in days (the interval at which
 * R = 90 %), D difficulty in 1..10, G the grade (1 Again, 2 Hard, 3 Good, 4 Easy), t the elapsed days,
 * w0..w20 the weights.
 */
public final class MemoryModel {

    /** The smallest stability. */
    public static final double S_MIN = 0.001;
    /** The largest stability. */
    public static final double S_MAX = 36500.0;

    private final double[] w;
    private final boolean enableShortTerm;
    private final double decay;
    private final double factor;
    private final double intervalModifier;
    private final int maximumInterval;

    /** A model using the (clamped) weights, retention and maximum interval of {@code parameters}. */
    public MemoryModel(Parameters parameters) {
        this.w = WeightBounds.clamp(
                parameters.weights(), parameters.relearningSteps().size(), parameters.enableShortTerm());
        this.enableShortTerm = parameters.enableShortTerm();
        this.decay = -w[20];
        this.factor = factor(w[20]);
        this.intervalModifier = intervalModifier(parameters.desiredRetention(), w[20]);
        this.maximumInterval = parameters.maximumInterval();
    }

    /** Rounds to 8 decimals as ts-fsrs's {@code roundTo(x, 8)}: $$\lfloor x \cdot 10^8 + 0.5 \rfloor / 10^8$$ */
    public static double round8(double x) {
        return Math.round(x * 1e8) / 1e8;
    }

    /**
     * The factor that makes R(S, S) = 0.9 for the decay w20:
     * $$\text{factor} = e^{\frac{\ln 0.9}{-w_{20}}} - 1 = 0.9^{-1/w_{20}} - 1$$
     */
    public static double factor(double w20) {
        return round8(StrictMath.exp((1.0 / -w20) * StrictMath.log(0.9)) - 1.0);
    }

    /**
     * The forgetting curve, the probability of recall after t days:
     * $$R(t,S) = \left(1 + \text{factor} \cdot \frac{t}{S}\right)^{-w_{20}}$$
     *
     * @param w20 the decay weight (0.1542 by default in FSRS-6; 0.5 in FSRS-4.5 and FSRS-5)
     */
    public static double forgettingCurve(double w20, double elapsedDays, double stability) {
        return round8(StrictMath.pow(1 + factor(w20) * elapsedDays / stability, -w20));
    }

    /**
     * The interval modifier: how many multiples of S give recall probability r (1 at r = 0.9):
     * $$I(r) = \frac{r^{-1/w_{20}} - 1}{\text{factor}}$$
     */
    public static double intervalModifier(double desiredRetention, double w20) {
        return round8((StrictMath.pow(desiredRetention, 1 / -w20) - 1) / factor(w20));
    }

    /** R after {@code elapsedDays} for this model's decay; see {@link #forgettingCurve(double, double, double)}. */
    public double retrievability(double elapsedDays, double stability) {
        return round8(StrictMath.pow(1 + factor * elapsedDays / stability, decay));
    }

    /** This model's interval modifier for its desired retention. */
    public double intervalModifier() {
        return intervalModifier;
    }

    /**
     * The next interval in whole days, before fuzz:
     * $$I = \min(\max(1, \text{round}(S \cdot I(r))), \text{maximumInterval})$$
     */
    public long nextInterval(double stability) {
        return Math.min(Math.max(1, Math.round(stability * intervalModifier)), maximumInterval);
    }

    /** Initial stability after the first rating: $$S_0(G) = \max(w_{G-1}, 0.1)$$ */
    public double initStability(Rating rating) {
        return Math.max(w[rating.grade() - 1], 0.1);
    }

    /**
     * Initial difficulty after the first rating, not clamped (it is also the mean-reversion target):
     * $$D_0(G) = w_4 - e^{(G-1) \cdot w_5} + 1$$
     */
    public double initDifficulty(Rating rating) {
        return round8(w[4] - StrictMath.exp((rating.grade() - 1) * w[5]) + 1);
    }

    /**
     * Linear damping of a difficulty change, which shrinks as D approaches 10:
     * $$\Delta D' = \Delta D \cdot \frac{10 - D}{9}$$
     */
    public double linearDamping(double deltaD, double d) {
        return round8(deltaD * (10 - d) / 9);
    }

    /**
     * The next difficulty:
     * $$\Delta D = -w_6 \cdot (G - 3)$$
     * $$D' = D + \Delta D \cdot \frac{10 - D}{9}$$
     * $$D'' = \min(\max(w_7 \cdot D_0(4) + (1 - w_7) \cdot D', 1), 10)$$
     */
    public double nextDifficulty(double d, Rating rating) {
        double deltaD = -w[6] * (rating.grade() - 3);
        double nextD = d + linearDamping(deltaD, d);
        return Math.min(Math.max(meanReversion(initDifficulty(Rating.EASY), nextD), 1), 10);
    }

    /** Mean reversion towards {@code init}: $$w_7 \cdot \text{init} + (1 - w_7) \cdot \text{current}$$ */
    public double meanReversion(double init, double current) {
        return round8(w[7] * init + (1 - w[7]) * current);
    }

    /**
     * Stability after a successful recall (G = 2, 3 or 4):
     * $$S'_r = S \cdot \left(1 + e^{w_8} \cdot (11 - D) \cdot S^{-w_9} \cdot (e^{w_{10}(1-R)} - 1)
     * \cdot w_{15}[G=2] \cdot w_{16}[G=4]\right)$$ clamped to S_MIN..36500.
     */
    public double nextRecallStability(double d, double s, double r, Rating rating) {
        double hardPenalty = rating == Rating.HARD ? w[15] : 1;
        double easyBonus = rating == Rating.EASY ? w[16] : 1;
        double value = s
                * (1
                        + StrictMath.exp(w[8])
                                * (11 - d)
                                * StrictMath.pow(s, -w[9])
                                * (StrictMath.exp((1 - r) * w[10]) - 1)
                                * hardPenalty
                                * easyBonus);
        return round8(clamp(value, S_MIN, S_MAX));
    }

    /**
     * Stability after forgetting (G = 1):
     * $$S'_f = w_{11} \cdot D^{-w_{12}} \cdot ((S + 1)^{w_{13}} - 1) \cdot e^{w_{14}(1-R)}$$
     * clamped to S_MIN..36500.
     */
    public double nextForgetStability(double d, double s, double r) {
        double value = w[11]
                * StrictMath.pow(d, -w[12])
                * (StrictMath.pow(s + 1, w[13]) - 1)
                * StrictMath.exp((1 - r) * w[14]);
        return round8(clamp(value, S_MIN, S_MAX));
    }

    /**
     * Stability after a same-day review (short-term memory):
     * $$\text{SInc} = S^{-w_{19}} \cdot e^{w_{17} \cdot (G - 3 + w_{18})}$$
     * $$S'_s = S \cdot \text{SInc}$$ where SInc is at least 1 for G >= 2, clamped to S_MIN..36500.
     */
    public double nextShortTermStability(double s, Rating rating) {
        double sinc = StrictMath.pow(s, -w[19]) * StrictMath.exp(w[17] * (rating.grade() - 3 + w[18]));
        double masked = rating.grade() >= Rating.HARD.grade() ? Math.max(sinc, 1.0) : sinc;
        return round8(clamp(s * masked, S_MIN, S_MAX));
    }

    /**
     * The memory state after a review, as ts-fsrs's {@code next_state}. A card never reviewed gets
     * $$D_0(G)$$ clamped to 1..10 and $$S_0(G)$$. Otherwise, with R = R(t, S) unless given:
     * <ul>
     * <li>t = 0 with short-term on: $$S'_s(S, G)$$</li>
     * <li>G = 1: $$\min(\max(S / e^{w_{17} w_{18}}, S_{min}), S'_f)$$ (w17 = w18 = 0 when short-term is off)</li>
     * <li>otherwise $$S'_r(D, S, R, G)$$</li>
     * </ul>
     * and D'' as in {@link #nextDifficulty}.
     *
     * @param retrievability R to use, or {@code null} to compute R(t, S)
     */
    public MemoryState nextState(MemoryState state, long elapsedDays, Rating rating, Double retrievability) {
        double d = state.difficulty();
        double s = state.stability();
        if (elapsedDays < 0) {
            throw new IllegalArgumentException("elapsedDays must be >= 0, was " + elapsedDays);
        }
        if (d == 0 && s == 0) {
            return new MemoryState(clamp(initDifficulty(rating), 1, 10), initStability(rating));
        }
        if (d < 1 || s < S_MIN) {
            throw new IllegalArgumentException("invalid memory state: difficulty " + d + ", stability " + s);
        }
        double r = retrievability != null ? retrievability : retrievability((double) elapsedDays, s);
        double newS;
        if (elapsedDays == 0 && enableShortTerm) {
            newS = nextShortTermStability(s, rating);
        } else if (rating == Rating.AGAIN) {
            double afterFail = nextForgetStability(d, s, r);
            double w17 = enableShortTerm ? w[17] : 0;
            double w18 = enableShortTerm ? w[18] : 0;
            newS = clamp(round8(s / StrictMath.exp(w17 * w18)), S_MIN, afterFail);
        } else {
            newS = nextRecallStability(d, s, r, rating);
        }
        return new MemoryState(nextDifficulty(d, rating), newS);
    }

    private static double clamp(double value, double min, double max) {
        return Math.min(Math.max(value, min), max);
    }
}
