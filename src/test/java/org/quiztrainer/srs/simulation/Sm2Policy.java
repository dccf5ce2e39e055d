package org.quiztrainer.srs.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.quiztrainer.srs.Fuzz;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.State;
import org.quiztrainer.srs.StudyDays;

/**
 * Anki's SM-2 (its v3 scheduler, {@code rslib/src/scheduler/states}) with default deck options, for
 * comparison in the step-by-step simulator only: learning steps 1 min and 10 min (Hard on the first
 * step waits their average, 5.5 min), graduating interval 1 day, easy interval 4 days, starting ease
 * 2.5, relearning step 10 min, new interval after a lapse 0 % (so 1 day after relearning), interval
 * modifier 1.0, maximum interval 36500 days. In review, with I the scheduled interval, E the ease
 * before the answer and L the days late:
 * <ul>
 * <li>Again: E − 0.20, a lapse: relearning, then I = max(1, ⌊I · 0⌋) = 1</li>
 * <li>Hard: I' = C(1.2 · I, I + 1), E − 0.15</li>
 * <li>Good: I' = C((I + L/2) · E, Hard + 1)</li>
 * <li>Easy: I' = C((I + L) · E · 1.3, Good + 1), E + 0.15</li>
 * </ul>
 * with E never below 1.3, and C(x, m) the interval x times the interval modifier, fuzzed (or rounded
 * without fuzz) and kept in m..36500 ({@code constrain_passing_interval}). Fuzz is Anki's
 * ({@code with_review_fuzz}): intervals of 2.5 days or more move to a day drawn uniformly from
 * [round(x − δ), round(x + δ)] with FSRS's δ, the range clamped to m..36500 and at least two days wide;
 * the draw is seeded from the card's id and review count, as Anki seeds it from the card id and reps.
 */
public final class Sm2Policy implements SchedulingPolicy<Sm2Policy.Sm2Card> {

    private static final Duration[] LEARNING_STEPS = {Duration.ofMinutes(1), Duration.ofMinutes(10)};
    private static final Duration RELEARNING_STEP = Duration.ofMinutes(10);
    private static final long GRADUATING_DAYS = 1;
    private static final long EASY_DAYS = 4;
    private static final double START_EASE = 2.5;
    private static final double MIN_EASE = 1.3;
    private static final double HARD_FACTOR = 1.2;
    private static final double EASY_BONUS = 1.3;
    private static final double LAPSE_FACTOR = 0;
    private static final double INTERVAL_MODIFIER = 1.0;
    private static final long MAXIMUM_DAYS = 36500;

    private final boolean fuzz;

    /** Anki's SM-2 with fuzz, as Anki schedules by default. */
    public Sm2Policy() {
        this(true);
    }

    /** Anki's SM-2, with or without fuzz. */
    public Sm2Policy(boolean fuzz) {
        this.fuzz = fuzz;
    }

    /**
     * An SM-2 card.
     *
     * @param id       the card's id (seeds the fuzz)
     * @param reps     answers so far
     * @param state    where the card is
     * @param step     the learning-step index
     * @param ease     the ease factor E
     * @param interval the interval I in days (after a lapse: the interval to resume with)
     * @param due      when the card is due
     */
    public record Sm2Card(String id, int reps, State state, int step, double ease, long interval, Instant due) {

        Sm2Card withEase(double newEase) {
            return new Sm2Card(id, reps, state, step, newEase, interval, due);
        }
    }

    @Override
    public String name() {
        return "SM-2 (Anki)";
    }

    @Override
    public Sm2Card create(String id, Instant now) {
        return new Sm2Card(id, 0, State.NEW, 0, START_EASE, 0, now);
    }

    @Override
    public Sm2Card review(Sm2Card card, Rating rating, Instant now) {
        double u = fuzz ? Fuzz.draw(card.id(), card.reps() + 1) : Double.NaN;
        return switch (card.state()) {
            case NEW, LEARNING -> learn(card, rating, now, u);
            case RELEARNING -> relearn(card, rating, now);
            case REVIEW ->
                review(card, rating, now, Math.max(0, StudyDays.between(card.due(), now, ZoneOffset.UTC, 0)), u);
        };
    }

    @Override
    public Instant due(Sm2Card card) {
        return card.due();
    }

    @Override
    public State state(Sm2Card card) {
        return card.state();
    }

    /**
     * Anki's {@code with_review_fuzz}: without fuzz (u is NaN) the rounded interval kept in
     * minimum..maximum; otherwise ⌊lower + u · (upper − lower + 1)⌋ over the fuzz range
     * [round(x − δ), round(x + δ)] clamped to minimum..maximum and widened to two days when it collapsed
     * to one day above 2 and below the maximum.
     */
    static long constrain(double interval, long minimum, long maximum, double u) {
        long min = Math.min(Math.max(minimum, 1), maximum);
        if (Double.isNaN(u)) {
            return Math.min(Math.max(Math.round(interval), min), maximum);
        }
        double x = Math.min(Math.max(interval, (double) min), (double) maximum);
        double delta = x < 2.5
                ? 0
                : 1
                        + 0.15 * Math.max(Math.min(x, 7.0) - 2.5, 0)
                        + 0.10 * Math.max(Math.min(x, 20.0) - 7.0, 0)
                        + 0.05 * Math.max(x - 20.0, 0);
        long lower = Math.min(Math.max(Math.round(x - delta), min), maximum);
        long upper = Math.min(Math.max(Math.round(x + delta), min), maximum);
        if (upper == lower && upper > 2 && upper < maximum) {
            upper = lower + 1;
        }
        return (long) Math.floor(lower + u * (1 + upper - lower));
    }

    private static Sm2Card learn(Sm2Card card, Rating rating, Instant now, double u) {
        return switch (rating) {
            case AGAIN -> step(card, State.LEARNING, 0, card.interval(), LEARNING_STEPS[0], now);
            case HARD ->
                step(
                        card,
                        State.LEARNING,
                        card.step(),
                        card.interval(),
                        card.step() == 0
                                ? LEARNING_STEPS[0].plus(LEARNING_STEPS[1]).dividedBy(2)
                                : LEARNING_STEPS[card.step()],
                        now);
            case GOOD ->
                card.step() + 1 < LEARNING_STEPS.length
                        ? step(
                                card,
                                State.LEARNING,
                                card.step() + 1,
                                card.interval(),
                                LEARNING_STEPS[card.step() + 1],
                                now)
                        : inDays(card, START_EASE, constrain(GRADUATING_DAYS, 1, MAXIMUM_DAYS, u), now);
            case EASY -> inDays(card, START_EASE, constrain(EASY_DAYS, 1, MAXIMUM_DAYS, u), now);
        };
    }

    private static Sm2Card relearn(Sm2Card card, Rating rating, Instant now) {
        return switch (rating) {
            case AGAIN -> step(card, State.RELEARNING, 0, card.interval(), RELEARNING_STEP, now);
            case HARD ->
                step(
                        card,
                        State.RELEARNING,
                        0,
                        card.interval(),
                        RELEARNING_STEP.multipliedBy(3).dividedBy(2),
                        now);
            case GOOD -> inDays(card, card.ease(), card.interval(), now);
            case EASY -> inDays(card, card.ease(), card.interval() + 1, now);
        };
    }

    private static Sm2Card review(Sm2Card card, Rating rating, Instant now, long daysLate, double u) {
        long ivl = card.interval();
        double ease = card.ease();
        long hard = constrain(ivl * HARD_FACTOR * INTERVAL_MODIFIER, ivl + 1, MAXIMUM_DAYS, u);
        long good = constrain((ivl + daysLate / 2.0) * ease * INTERVAL_MODIFIER, hard + 1, MAXIMUM_DAYS, u);
        long easy = constrain((ivl + daysLate) * ease * EASY_BONUS * INTERVAL_MODIFIER, good + 1, MAXIMUM_DAYS, u);
        return switch (rating) {
            case AGAIN ->
                step(card, State.RELEARNING, 0, Math.max(1, (long) (ivl * LAPSE_FACTOR)), RELEARNING_STEP, now)
                        .withEase(Math.max(MIN_EASE, ease - 0.20));
            case HARD -> inDays(card, Math.max(MIN_EASE, ease - 0.15), hard, now);
            case GOOD -> inDays(card, ease, good, now);
            case EASY -> inDays(card, ease + 0.15, easy, now);
        };
    }

    private static Sm2Card step(Sm2Card card, State state, int step, long interval, Duration wait, Instant now) {
        return new Sm2Card(card.id(), card.reps() + 1, state, step, card.ease(), interval, now.plus(wait));
    }

    private static Sm2Card inDays(Sm2Card card, double ease, long days, Instant now) {
        return new Sm2Card(card.id(), card.reps() + 1, State.REVIEW, 0, ease, days, now.plus(Duration.ofDays(days)));
    }
}
