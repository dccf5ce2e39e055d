package org.quiztrainer.srs.workload;

import org.quiztrainer.srs.MemoryState;
import org.quiztrainer.srs.Rating;

/**
 * A scheduler under test in the {@link DailySimulator}: after each answer it says in how many days the
 * card comes back. It sees the rating, the card's previous interval and its own per-card state; a
 * policy that models memory (FSRS) also gets the learner's true memory state, as the published
 * simulators give it (FSRS is assumed to predict recall perfectly there).
 */
public interface DailyPolicy {

    /** A short name for tables. */
    String name();

    /** Forgets all per-card state and prepares for a deck of {@code deckSize} cards. */
    void start(int deckSize);

    /**
     * The next interval in days (fractional intervals are allowed: the card is due on the first whole
     * day at or after {@code day + interval}).
     *
     * @param card             the card's index
     * @param day              today
     * @param previousInterval the interval that made the card due today (0 at its first answer)
     * @param rating           today's rating
     * @param truth            the learner's memory state after today's answer
     */
    double interval(int card, int day, double previousInterval, Rating rating, MemoryState truth);
}
