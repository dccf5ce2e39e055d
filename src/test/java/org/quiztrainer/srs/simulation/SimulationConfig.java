package org.quiztrainer.srs.simulation;

/**
 * The setting of one simulation.
 *
 * @param deckSize       cards in the deck (new cards stop when all are introduced)
 * @param days           simulated days
 * @param newCardsPerDay new cards introduced each day
 * @param reviewLimit    review-state cards answered per day at most; the rest wait for the next day
 * @param seed           seed of the random numbers (learner's answers)
 */
public record SimulationConfig(int deckSize, int days, int newCardsPerDay, int reviewLimit, long seed) {

    public SimulationConfig {
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
    }

    /** A setting without a review limit. */
    public static SimulationConfig unlimited(int deckSize, int days, int newCardsPerDay, long seed) {
        return new SimulationConfig(deckSize, days, newCardsPerDay, Integer.MAX_VALUE, seed);
    }
}
