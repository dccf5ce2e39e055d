package org.quiztrainer.srs;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * Settings of the FSRS-6 scheduler, validated on construction.
 *
 * @param weights          the 21 model weights w0..w20 (values outside ts-fsrs's bounds are clamped
 *                         by {@link MemoryModel} exactly as ts-fsrs does)
 * @param desiredRetention the recall probability at which a card falls due, 0.70..0.99
 * @param maximumInterval  the longest interval in days, at least 1
 * @param learningSteps    the same-day steps of a new card, whole minutes each; required (non-empty)
 *                         when {@code enableShortTerm} is on
 * @param relearningSteps  the steps of a forgotten review card, whole minutes each; may be empty
 * @param enableShortTerm  learning steps and same-day stability (ts-fsrs BasicScheduler); off means
 *                         every answer schedules whole days (ts-fsrs LongTermScheduler)
 * @param enableFuzz       spread intervals of 3 days and more over a small range (see {@link Fuzz})
 * @param dayStartHour     the hour (0..23) at which a new study day starts, like Anki's
 *                         "next day starts at"
 * @param zone             the learner's time zone, in which calendar days are counted
 */
public record Parameters(
        List<Double> weights,
        double desiredRetention,
        int maximumInterval,
        List<Duration> learningSteps,
        List<Duration> relearningSteps,
        boolean enableShortTerm,
        boolean enableFuzz,
        int dayStartHour,
        ZoneId zone) {

    /** The number of FSRS-6 weights. */
    public static final int WEIGHT_COUNT = 21;

    /** The default FSRS-6 weights of ts-fsrs 5.4.2. */
    public static final List<Double> DEFAULT_WEIGHTS = List.of(
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629,
            1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

    public Parameters {
        Objects.requireNonNull(weights, "weights must not be null");
        if (weights.size() != WEIGHT_COUNT) {
            throw new IllegalArgumentException(
                    "weights must have " + WEIGHT_COUNT + " values (FSRS-6), had " + weights.size());
        }
        for (int i = 0; i < weights.size(); i++) {
            Double w = weights.get(i);
            if (w == null || !Double.isFinite(w)) {
                throw new IllegalArgumentException("weights[" + i + "] must be a finite number, was " + w);
            }
        }
        weights = List.copyOf(weights);
        if (!(desiredRetention >= 0.70 && desiredRetention <= 0.99)) {
            throw new IllegalArgumentException("desiredRetention must be in 0.70..0.99, was " + desiredRetention);
        }
        if (maximumInterval < 1) {
            throw new IllegalArgumentException("maximumInterval must be at least 1 day, was " + maximumInterval);
        }
        learningSteps = checkSteps("learningSteps", learningSteps);
        relearningSteps = checkSteps("relearningSteps", relearningSteps);
        if (enableShortTerm && learningSteps.isEmpty()) {
            throw new IllegalArgumentException(
                    "learningSteps must not be empty when enableShortTerm is on (turn it off to skip steps)");
        }
        if (dayStartHour < 0 || dayStartHour > 23) {
            throw new IllegalArgumentException("dayStartHour must be in 0..23, was " + dayStartHour);
        }
        Objects.requireNonNull(zone, "zone must not be null");
    }

    /**
     * The ts-fsrs 5.4.2 defaults (default weights, retention 0.9, maximum interval 36500 days, learning
     * steps 1 min and 10 min, relearning step 10 min, short-term on) except fuzz, which is on here as
     * a study app wants it (ts-fsrs leaves it off); days start at midnight UTC.
     */
    public static Parameters defaults() {
        return new Parameters(
                DEFAULT_WEIGHTS,
                0.9,
                36500,
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
                List.of(Duration.ofMinutes(10)),
                true,
                true,
                0,
                ZoneOffset.UTC);
    }

    /** A copy with another desired retention. */
    public Parameters withDesiredRetention(double retention) {
        return new Parameters(
                weights,
                retention,
                maximumInterval,
                learningSteps,
                relearningSteps,
                enableShortTerm,
                enableFuzz,
                dayStartHour,
                zone);
    }

    /** A copy with short-term scheduling on or off. */
    public Parameters withShortTerm(boolean enabled) {
        return new Parameters(
                weights,
                desiredRetention,
                maximumInterval,
                learningSteps,
                relearningSteps,
                enabled,
                enableFuzz,
                dayStartHour,
                zone);
    }

    /** A copy with fuzz on or off. */
    public Parameters withFuzz(boolean enabled) {
        return new Parameters(
                weights,
                desiredRetention,
                maximumInterval,
                learningSteps,
                relearningSteps,
                enableShortTerm,
                enabled,
                dayStartHour,
                zone);
    }

    /** A copy whose study days start at {@code hour} in {@code zone}. */
    public Parameters withDayStart(int hour, ZoneId dayZone) {
        return new Parameters(
                weights,
                desiredRetention,
                maximumInterval,
                learningSteps,
                relearningSteps,
                enableShortTerm,
                enableFuzz,
                hour,
                dayZone);
    }

    /** A copy with other weights. */
    public Parameters withWeights(List<Double> newWeights) {
        return new Parameters(
                newWeights,
                desiredRetention,
                maximumInterval,
                learningSteps,
                relearningSteps,
                enableShortTerm,
                enableFuzz,
                dayStartHour,
                zone);
    }

    private static List<Duration> checkSteps(String name, List<Duration> steps) {
        Objects.requireNonNull(steps, name + " must not be null");
        for (int i = 0; i < steps.size(); i++) {
            Duration step = steps.get(i);
            if (step == null
                    || step.isNegative()
                    || step.toSeconds() < 60
                    || step.toSeconds() % 60 != 0
                    || step.toNanosPart() != 0) {
                throw new IllegalArgumentException(
                        name + "[" + i + "] must be a whole number of minutes, at least 1, was " + step);
            }
        }
        return List.copyOf(steps);
    }
}
