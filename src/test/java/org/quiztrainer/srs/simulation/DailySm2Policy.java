package org.quiztrainer.srs.simulation;

import java.util.Arrays;
import org.quiztrainer.srs.MemoryState;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.workload.DailyPolicy;

/**
 * Anki's SM-2 as the FSRS authors simulate it (SSP-MMC-FSRS {@code policies.make_anki_sm2_policy}, Anki
 * 24.11 default options, in a world without same-day steps). With E the ease (starting at 2.5) and I the
 * previous interval:
 * <ul>
 * <li>ease: Again −0.20, Hard −0.15, Good ±0, Easy +0.15, kept in 1.3..5.5, applied to every answer
 * including the first one, and the new ease is the one used below;</li>
 * <li>first answer: graduating interval 1 day, or the easy interval 4 days after Easy;</li>
 * <li>Again: I · 0 (new interval 0 %), so 1 day;</li>
 * <li>Hard: max(I · 1.2, I · 1.2 / 2) = 1.2 · I (hard interval 1.2, the reviews are never late);</li>
 * <li>Good: max(I · E, I); Easy: max(I · E, I) · 1.3 (easy bonus);</li>
 * <li>times the interval modifier 1.0, at least 1 day, not rounded (the card is due on the first whole
 * day at or after the interval).</li>
 * </ul>
 * Anki itself differs in small ways the published simulation leaves out (learning steps, rounding, fuzz,
 * the +1-day minimums, the old ease for Easy); {@link Sm2Policy} has those for the step-by-step
 * simulator.
 */
public final class DailySm2Policy implements DailyPolicy {

    static final double START_EASE = 2.5;
    static final double MIN_EASE = 1.3;
    static final double MAX_EASE = 5.5;
    static final double GRADUATING_DAYS = 1;
    static final double EASY_DAYS = 4;
    static final double NEW_INTERVAL = 0;
    static final double HARD_INTERVAL = 1.2;
    static final double EASY_BONUS = 1.3;
    static final double INTERVAL_MODIFIER = 1.0;

    private double[] ease = new double[0];

    @Override
    public String name() {
        return "SM-2 (Anki)";
    }

    @Override
    public void start(int deckSize) {
        ease = new double[deckSize];
        Arrays.fill(ease, START_EASE);
    }

    @Override
    public double interval(int card, int day, double previousInterval, Rating rating, MemoryState truth) {
        double newEase = nextEase(ease[card], rating);
        ease[card] = newEase;
        return nextInterval(previousInterval, newEase, rating);
    }

    /** The card's ease now. */
    public double ease(int card) {
        return ease[card];
    }

    /** The ease after {@code rating}: E + (−0.20, −0.15, 0, +0.15), kept in 1.3..5.5. */
    static double nextEase(double ease, Rating rating) {
        double delta = switch (rating) {
            case AGAIN -> -0.2;
            case HARD -> -0.15;
            case GOOD -> 0;
            case EASY -> 0.15;
        };
        return Math.min(Math.max(ease + delta, MIN_EASE), MAX_EASE);
    }

    /** The interval after {@code rating} from the previous interval (0 for a new card) and the new ease. */
    static double nextInterval(double previousInterval, double newEase, Rating rating) {
        double interval;
        if (previousInterval == 0) {
            interval = rating == Rating.EASY ? EASY_DAYS : GRADUATING_DAYS;
        } else {
            interval = switch (rating) {
                        case AGAIN -> previousInterval * NEW_INTERVAL;
                        case HARD -> Math.max(previousInterval * HARD_INTERVAL, previousInterval * HARD_INTERVAL / 2);
                        case GOOD -> Math.max(previousInterval * newEase, previousInterval);
                        case EASY -> Math.max(previousInterval * newEase, previousInterval) * EASY_BONUS;
                    }
                    * INTERVAL_MODIFIER;
        }
        return Math.max(1, interval);
    }
}
