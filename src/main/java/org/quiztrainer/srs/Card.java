package org.quiztrainer.srs;

import java.time.Instant;
import java.util.Objects;

/**
 * The memory state and schedule of one card, immutable: a review returns a new card.
 *
 * @param id            stable identifier of the card; with {@code reps} it seeds the interval fuzz
 * @param state         where the card is in its life cycle
 * @param step          index of the current learning or relearning step (0 outside the steps)
 * @param stability     S in days: the interval after which recall probability falls to 90 %
 *                      (0 for a new card)
 * @param difficulty    D in 1..10 (0 for a new card)
 * @param due           when the card should be reviewed next
 * @param lastReview    when the card was last reviewed, {@code null} for a new card
 * @param elapsedDays   calendar days between the last two reviews
 * @param scheduledDays whole days to the next review (0 while in a learning step)
 * @param reps          number of reviews so far
 * @param lapses        number of times the card was forgotten in state {@link State#REVIEW}
 */
public record Card(
        String id,
        State state,
        int step,
        double stability,
        double difficulty,
        Instant due,
        Instant lastReview,
        long elapsedDays,
        long scheduledDays,
        int reps,
        int lapses) {

    public Card {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(due, "due");
        if (!Double.isFinite(stability) || stability < 0) {
            throw new IllegalArgumentException("stability must be finite and >= 0, was " + stability);
        }
        if (!Double.isFinite(difficulty) || difficulty < 0 || difficulty > 10) {
            throw new IllegalArgumentException("difficulty must be in 0..10, was " + difficulty);
        }
        if (step < 0 || elapsedDays < 0 || scheduledDays < 0 || reps < 0 || lapses < 0) {
            throw new IllegalArgumentException(
                    "step, elapsedDays, scheduledDays, reps and lapses must be >= 0 for card " + id);
        }
        if (state == State.NEW && (stability != 0 || difficulty != 0)) {
            throw new IllegalArgumentException("a new card has stability and difficulty 0: card " + id);
        }
        if (state != State.NEW && lastReview == null) {
            throw new IllegalArgumentException("lastReview is required once a card is reviewed: card " + id);
        }
    }

    /** A card never reviewed, due at {@code createdAt}. */
    public static Card createNew(String id, Instant createdAt) {
        return new Card(id, State.NEW, 0, 0, 0, createdAt, null, 0, 0, 0, 0);
    }
}
