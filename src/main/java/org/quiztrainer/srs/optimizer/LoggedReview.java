package org.quiztrainer.srs.optimizer;

import java.time.Instant;
import java.util.Objects;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.State;

/**
 * One review from a learner's review log, as the optimiser reads it (the columns of the review-log CSV
 * that fsrs-rs and fsrs-optimizer read).
 *
 * @param cardId         the card reviewed
 * @param reviewedAt     when it was reviewed
 * @param rating         the learner's rating
 * @param state          the card's state before the review ({@link State#NEW} for its first review)
 * @param durationMillis how long the answer took, in milliseconds (0 if unknown)
 */
public record LoggedReview(long cardId, Instant reviewedAt, Rating rating, State state, long durationMillis) {

    public LoggedReview {
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(state, "state");
        if (durationMillis < 0) {
            throw new IllegalArgumentException("durationMillis must be >= 0, was " + durationMillis);
        }
    }

    /** Whether the card was new or in its first learning steps: the reviews that start a card's history. */
    boolean learning() {
        return state == State.NEW || state == State.LEARNING;
    }
}
