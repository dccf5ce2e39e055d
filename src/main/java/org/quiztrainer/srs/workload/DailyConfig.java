package org.quiztrainer.srs.workload;

import java.util.List;
import java.util.Objects;
import org.quiztrainer.srs.Parameters;

/**
 * The setting of one {@link DailySimulator} run.
 *
 * @param deckSize         cards in the deck (new cards stop when all are introduced)
 * @param days             simulated days
 * @param newCardsPerDay   new cards introduced each day
 * @param reviewLimit      reviews per day at most; the rest wait for the next day
 * @param maxSecondsPerDay study time per day at most; answers beyond it wait for the next day
 * @param retireStability  a card whose true stability exceeds this many days counts as learned for
 *                         good and is not scheduled again, and intervals are shortened so that a Good
 *                         answer can just reach it (the published simulation's {@code s_max});
 *                         {@code Double.POSITIVE_INFINITY} for none
 * @param weights          the 21 FSRS-6 weights of the learner's true memory
 * @param seed             seed of the learner's random answers
 */
public record DailyConfig(
        int deckSize,
        int days,
        int newCardsPerDay,
        int reviewLimit,
        double maxSecondsPerDay,
        double retireStability,
        List<Double> weights,
        long seed) {

    /**
     * The learner of the FSRS authors' published run: the weights SSP-MMC-FSRS's {@code config.py} holds
     * as {@code DEFAULT_W} (decay w20 = 0.4444, not the FSRS-6 default 0.1542). The published README
     * calls them "default FSRS parameters" without listing them; with them this simulator reproduces the
     * published table (see {@code docs/benchmarks.md}).
     */
    public static final List<Double> PUBLISHED_LEARNER_WEIGHTS = List.of(
            0.4002, 0.1813, 0.6958, 3.1337, 6.6154, 0.565, 2.999, 0.0759, 1.568, 0.248, 0.4816, 1.7469, 0.0247, 0.5986,
            1.8441, 0.4189, 1.81, 0.5784, 0.1924, 0.0658, 0.4444);

    public DailyConfig {
        weights = List.copyOf(Objects.requireNonNull(weights, "weights must not be null"));
        if (weights.size() != Parameters.WEIGHT_COUNT) {
            throw new IllegalArgumentException(
                    "weights must have " + Parameters.WEIGHT_COUNT + " values, had " + weights.size());
        }
        if (deckSize < 1) {
            throw new IllegalArgumentException("deckSize must be at least 1, was " + deckSize);
        }
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, was " + days);
        }
        if (newCardsPerDay < 0) {
            throw new IllegalArgumentException("newCardsPerDay must be >= 0, was " + newCardsPerDay);
        }
        if (reviewLimit < 0) {
            throw new IllegalArgumentException("reviewLimit must be >= 0, was " + reviewLimit);
        }
        if (!(maxSecondsPerDay > 0)) {
            throw new IllegalArgumentException("maxSecondsPerDay must be > 0, was " + maxSecondsPerDay);
        }
        if (!(retireStability > 0)) {
            throw new IllegalArgumentException("retireStability must be > 0, was " + retireStability);
        }
    }

    /**
     * The FSRS authors' published setting (SSP-MMC-FSRS {@code config.py} and README): a deck of 10,000
     * cards, 1825 days (5 years), 10 new cards a day, at most 9999 reviews and 12 hours a day, cards
     * retired above a stability of 25 years (365 · 25 days); the learner's memory follows the default
     * FSRS-6 weights.
     */
    public static DailyConfig published(long seed) {
        return new DailyConfig(10_000, 5 * 365, 10, 9999, 86_400 / 2.0, 365 * 25, Parameters.DEFAULT_WEIGHTS, seed);
    }

    /** A copy with another seed. */
    public DailyConfig withSeed(long newSeed) {
        return new DailyConfig(
                deckSize, days, newCardsPerDay, reviewLimit, maxSecondsPerDay, retireStability, weights, newSeed);
    }

    /** A copy whose learner remembers by other FSRS-6 weights. */
    public DailyConfig withWeights(List<Double> newWeights) {
        return new DailyConfig(
                deckSize, days, newCardsPerDay, reviewLimit, maxSecondsPerDay, retireStability, newWeights, seed);
    }
}
