package org.quiztrainer.srs.simulation;

import java.time.Instant;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.State;

/**
 * A scheduler under test in the simulator: it sees only the learner's ratings and decides when each
 * card comes back.
 *
 * @param <C> the policy's own card type
 */
public interface SchedulingPolicy<C> {

    /** A short name for tables. */
    String name();

    /** A new card introduced at {@code now}. */
    C create(String id, Instant now);

    /** The card after a review with {@code rating} at {@code now}. */
    C review(C card, Rating rating, Instant now);

    /** When the card is due. */
    Instant due(C card);

    /** The card's state. */
    State state(C card);
}
