package org.quiztrainer.srs.workload;

import java.util.SplittableRandom;
import org.quiztrainer.srs.MemoryModel;
import org.quiztrainer.srs.MemoryState;
import org.quiztrainer.srs.Parameters;
import org.quiztrainer.srs.Rating;

/**
 * The FSRS authors' day-by-day simulation, as in SSP-MMC-FSRS's {@code simulation.simulate} (the code
 * behind their published FSRS vs Anki SM-2 table) and fsrs-optimizer's {@code fsrs_simulator.simulate}:
 * <ol>
 * <li>Each card's first rating is drawn up front from the learner's first-rating probabilities; that
 * rating gives the card's true initial stability S0 = w[G−1] and difficulty
 * D0 = clamp(w4 − e^(w5(G−1)) + 1, 1, 10) (FSRS-6, with the setting's weights). This is the only
 * per-card difference: the published simulators draw no other per-card difficulty, and the buttons
 * pressed on recall do not depend on the card.</li>
 * <li>Each day, in card order: the memorised count is the sum of the true R(t, S) of the introduced
 * cards at the start of the day; every due card (due day ≤ today, up to the review limit and the time
 * limit) is recalled with probability R(t, S), rated Hard/Good/Easy from the learner's probabilities
 * when recalled, and its true S and D follow FSRS-6 from the rating and R; then the day's new cards
 * are answered once.</li>
 * <li>After every answer the policy gives the next interval; if the true S exceeds
 * {@link DailyConfig#retireStability()} the card is retired, otherwise the interval is at most the one at
 * which a Good answer would just lift S above it (the published {@code s_max_aware_*} wrappers).</li>
 * </ol>
 * Deterministic for a seed ({@link SplittableRandom}). The memorised count of cards not answered that
 * day uses {@link Math#pow} (about six times faster than the fdlibm {@code StrictMath.pow} the scheduler
 * uses; it only feeds the sum, never a decision).
 */
public final class DailySimulator {

    private static final double NEVER = Double.POSITIVE_INFINITY;

    private final DailyConfig config;
    private final DailyLearner learner;
    private final DailyPolicy policy;
    private final MemoryModel truth;
    private final double[] w;
    private final double factor;

    private DailySimulator(DailyConfig config, DailyLearner learner, DailyPolicy policy) {
        this.config = config;
        this.learner = learner;
        this.policy = policy;
        this.truth = new MemoryModel(Parameters.defaults().withWeights(config.weights()));
        this.w = config.weights().stream().mapToDouble(Double::doubleValue).toArray();
        this.factor = MemoryModel.factor(w[20]);
    }

    /** Runs {@code policy} through the setting and returns its cost and result. */
    public static DailyResult run(DailyConfig config, DailyLearner learner, DailyPolicy policy) {
        return create(config, learner, policy).simulate();
    }

    static DailySimulator create(DailyConfig config, DailyLearner learner, DailyPolicy policy) {
        return new DailySimulator(config, learner, policy);
    }

    /**
     * The first ratings of a deck, drawn up front as the published simulators do
     * ({@code np.random.choice([1, 2, 3, 4], deck_size, p=first_rating_prob)}).
     */
    public static Rating[] firstRatings(int deckSize, DailyLearner learner, SplittableRandom random) {
        Rating[] ratings = new Rating[deckSize];
        for (int card = 0; card < deckSize; card++) {
            ratings[card] = learner.firstRating(random);
        }
        return ratings;
    }

    private DailyResult simulate() {
        int n = config.deckSize();
        SplittableRandom random = new SplittableRandom(config.seed());
        Rating[] first = firstRatings(n, learner, random);
        double[] stability = new double[n];
        double[] difficulty = new double[n];
        int[] lastDay = new int[n];
        double[] due = new double[n];
        double[] interval = new double[n];
        policy.start(n);
        int introduced = 0;
        long reviews = 0;
        long recalled = 0;
        double seconds = 0;
        double memorisedSum = 0;
        double cumulativeSecondsSum = 0;
        for (int day = 0; day < config.days(); day++) {
            int reviewsToday = 0;
            double secondsToday = 0;
            double memorisedToday = 0;
            for (int card = 0; card < introduced; card++) {
                if (due[card] > day || reviewsToday >= config.reviewLimit()) {
                    memorisedToday += Math.pow(1 + factor * (day - lastDay[card]) / stability[card], -w[20]);
                    continue;
                }
                double r = truth.retrievability(day - lastDay[card], stability[card]);
                memorisedToday += r;
                boolean forgot = random.nextDouble() > r;
                Rating rating = forgot ? Rating.AGAIN : learner.recalledRating(random);
                double cost = learner.reviewSeconds(rating);
                if (secondsToday + cost > config.maxSecondsPerDay()) {
                    continue;
                }
                secondsToday += cost;
                reviewsToday++;
                recalled += forgot ? 0 : 1;
                MemoryState next = truth.nextState(
                        new MemoryState(difficulty[card], stability[card]), day - lastDay[card], rating, r);
                schedule(card, day, rating, next, stability, difficulty, lastDay, due, interval);
            }
            for (int learned = 0; learned < config.newCardsPerDay() && introduced < n; learned++) {
                double cost = learner.learnSeconds(first[introduced]);
                if (secondsToday + cost > config.maxSecondsPerDay()) {
                    break;
                }
                secondsToday += cost;
                MemoryState next = truth.nextState(MemoryState.NONE, 0, first[introduced], null);
                schedule(introduced, day, first[introduced], next, stability, difficulty, lastDay, due, interval);
                introduced++;
            }
            reviews += reviewsToday;
            seconds += secondsToday;
            memorisedSum += memorisedToday;
            cumulativeSecondsSum += seconds;
        }
        double memorisedAtEnd = 0;
        for (int card = 0; card < introduced; card++) {
            memorisedAtEnd += truth.retrievability(config.days() - lastDay[card], stability[card]);
        }
        return new DailyResult(
                policy.name(),
                config.days(),
                introduced,
                reviews,
                recalled,
                seconds,
                memorisedSum / config.days(),
                memorisedAtEnd,
                cumulativeSecondsSum / config.days() / 3600);
    }

    private void schedule(
            int card,
            int day,
            Rating rating,
            MemoryState next,
            double[] stability,
            double[] difficulty,
            int[] lastDay,
            double[] due,
            double[] interval) {
        double previous = interval[card];
        stability[card] = next.stability();
        difficulty[card] = next.difficulty();
        lastDay[card] = day;
        double days = Math.min(policy.interval(card, day, previous, rating, next), retirementCap(next));
        interval[card] = days;
        due[card] = day + days;
    }

    /**
     * The published {@code s_max_aware} cap: infinite (retired) if S > s_max; otherwise the interval
     * ⌈S · I(r*)⌉ (at least 1) at which recall has fallen to r*, the highest R at which a Good answer
     * still lifts S to s_max, from $$S' = S(1 + e^{w_8}(11 - D)S^{-w_9}(e^{w_{10}(1-R)} - 1))$$:
     * $$r^* = \max(0.01, 1 - \ln(\frac{s_{max}/S - 1}{e^{w_8}(11 - D)S^{-w_9}} + 1) / w_{10})$$
     */
    double retirementCap(MemoryState state) {
        double sMax = config.retireStability();
        double s = state.stability();
        if (s > sMax) {
            return NEVER;
        }
        if (Double.isInfinite(sMax)) {
            return NEVER;
        }
        double c = Math.exp(w[8]) * (11 - state.difficulty()) * Math.pow(s, -w[9]);
        double rMax = Math.max(0.01, 1 - Math.log(((sMax + 1e-3) / s - 1) / c + 1) / w[10]);
        return Math.max(1, Math.ceil(s * MemoryModel.intervalModifier(rMax, w[20])));
    }
}
