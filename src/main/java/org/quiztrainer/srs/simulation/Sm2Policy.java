package org.quiztrainer.srs.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.State;
import org.quiztrainer.srs.StudyDays;

/**
 * Anki's variant of SM-2 (its v2 scheduler with default deck options), for comparison in the simulator
 * only: learning steps 1 min and 10 min, graduating interval 1 day, easy interval 4 days, starting ease
 * 2.5, relearning step 10 min, new interval after a lapse 0 % (so 1 day), maximum interval 36500 days.
 * In review, with I the interval, E the ease and L the days late:
 * <ul>
 * <li>Again: E − 0.20, a lapse: relearning, then I = 1</li>
 * <li>Hard: I' = max(I + 1, ⌊1.2 · I⌋), E − 0.15</li>
 * <li>Good: I' = max(Hard + 1, ⌊(I + L/2) · E⌋)</li>
 * <li>Easy: I' = max(Good + 1, ⌊(I + L) · E · 1.3⌋), E + 0.15</li>
 * </ul>
 * with E never below 1.3. No fuzz.
 */
public final class Sm2Policy implements SchedulingPolicy<Sm2Policy.Sm2Card> {

    private static final long[] LEARNING_MINUTES = {1, 10};
    private static final long RELEARNING_MINUTES = 10;
    private static final long GRADUATING_DAYS = 1;
    private static final long EASY_DAYS = 4;
    private static final double START_EASE = 2.5;
    private static final double MIN_EASE = 1.3;
    private static final double HARD_FACTOR = 1.2;
    private static final double EASY_BONUS = 1.3;
    private static final long MAXIMUM_DAYS = 36500;

    /**
     * An SM-2 card.
     *
     * @param state    where the card is
     * @param step     the learning-step index
     * @param ease     the ease factor E
     * @param interval the interval I in days (after a lapse: the interval to resume with)
     * @param due      when the card is due
     */
    public record Sm2Card(State state, int step, double ease, long interval, Instant due) {
    }

    @Override
    public String name() {
        return "SM-2 (Anki)";
    }

    @Override
    public Sm2Card create(String id, Instant now) {
        return new Sm2Card(State.NEW, 0, START_EASE, 0, now);
    }

    @Override
    public Sm2Card review(Sm2Card card, Rating rating, Instant now) {
        return switch (card.state()) {
            case NEW, LEARNING -> learn(card, rating, now);
            case RELEARNING -> relearn(card, rating, now);
            case REVIEW -> review(card, rating, now,
                    Math.max(0, StudyDays.between(card.due(), now, ZoneOffset.UTC, 0)));
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

    private static Sm2Card learn(Sm2Card card, Rating rating, Instant now) {
        return switch (rating) {
            case AGAIN -> inMinutes(State.LEARNING, 0, card.ease(), 0, LEARNING_MINUTES[0], now);
            case HARD -> inMinutes(State.LEARNING, card.step(), card.ease(), 0, card.step() == 0
                    ? Math.round((LEARNING_MINUTES[0] + LEARNING_MINUTES[1]) / 2.0)
                    : LEARNING_MINUTES[card.step()], now);
            case GOOD -> card.step() + 1 < LEARNING_MINUTES.length
                    ? inMinutes(State.LEARNING, card.step() + 1, card.ease(), 0, LEARNING_MINUTES[card.step() + 1], now)
                    : inDays(START_EASE, GRADUATING_DAYS, now);
            case EASY -> inDays(START_EASE, EASY_DAYS, now);
        };
    }

    private static Sm2Card relearn(Sm2Card card, Rating rating, Instant now) {
        return switch (rating) {
            case AGAIN -> inMinutes(State.RELEARNING, 0, card.ease(), card.interval(), RELEARNING_MINUTES, now);
            case HARD -> inMinutes(State.RELEARNING, 0, card.ease(), card.interval(),
                    Math.round(RELEARNING_MINUTES * 1.5), now);
            case GOOD -> inDays(card.ease(), card.interval(), now);
            case EASY -> inDays(card.ease(), card.interval() + 1, now);
        };
    }

    private static Sm2Card review(Sm2Card card, Rating rating, Instant now, long daysLate) {
        long ivl = card.interval();
        double ease = card.ease();
        long hard = constrain(ivl * HARD_FACTOR, ivl);
        long good = constrain((ivl + daysLate / 2) * ease, hard);
        long easy = constrain((ivl + daysLate) * ease * EASY_BONUS, good);
        return switch (rating) {
            case AGAIN -> inMinutes(State.RELEARNING, 0, Math.max(MIN_EASE, ease - 0.20), 1, RELEARNING_MINUTES, now);
            case HARD -> inDays(Math.max(MIN_EASE, ease - 0.15), hard, now);
            case GOOD -> inDays(ease, good, now);
            case EASY -> inDays(ease + 0.15, easy, now);
        };
    }

    private static long constrain(double interval, long previous) {
        return Math.min(Math.max((long) interval, previous + 1), MAXIMUM_DAYS);
    }

    private static Sm2Card inMinutes(State state, int step, double ease, long interval, long minutes, Instant now) {
        return new Sm2Card(state, step, ease, interval, now.plus(Duration.ofMinutes(minutes)));
    }

    private static Sm2Card inDays(double ease, long days, Instant now) {
        return new Sm2Card(State.REVIEW, 0, ease, days, now.plus(Duration.ofDays(days)));
    }
}
