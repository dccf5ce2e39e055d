package org.quiztrainer.srs;

import java.time.Instant;
import java.util.Objects;

/**
 * One review as it happened: what the learner answered and what the scheduler did with it.
 *
 * @param cardId           the card reviewed
 * @param rating           the learner's rating
 * @param reviewedAt       when the review happened
 * @param stateBefore      the card's state before the review
 * @param state            the card's state after the review
 * @param elapsedDays      calendar days since the previous review (0 for a new card)
 * @param retrievability   R the model assumed at the review, {@code null} for a new card
 * @param stabilityBefore  S before the review (0 for a new card)
 * @param difficultyBefore D before the review (0 for a new card)
 * @param stability        S after the review
 * @param difficulty       D after the review
 * @param scheduledDays    whole days to the next review (0 while in a learning step)
 * @param due              when the card is due next
 * @param step             the learning-step index after the review
 */
public record ReviewLog(
        String cardId,
        Rating rating,
        Instant reviewedAt,
        State stateBefore,
        State state,
        long elapsedDays,
        Double retrievability,
        double stabilityBefore,
        double difficultyBefore,
        double stability,
        double difficulty,
        long scheduledDays,
        Instant due,
        int step) {

    public ReviewLog {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        Objects.requireNonNull(stateBefore, "stateBefore");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(due, "due");
    }
}
