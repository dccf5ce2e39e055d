package org.quiztrainer.bank.io;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A card's review history from an Anki package ({@code revlog}), for the learner who imports their own
 * deck: it becomes their review log and their memory state is replayed from it.
 *
 * @param identity  the {@link ImportItem#identity()} of the card's question
 * @param reviews   its reviews, oldest first
 * @param due       when Anki has the card due next, if it is scheduled
 * @param suspended whether the card is suspended in Anki
 */
public record ReviewHistory(String identity, List<Review> reviews, Optional<Instant> due, boolean suspended) {

    public ReviewHistory {
        reviews = List.copyOf(reviews);
        due = due == null ? Optional.empty() : due;
        if (identity == null || identity.isEmpty()) {
            throw new IllegalArgumentException("a history belongs to an imported question");
        }
    }

    /** The kind of a review-log row, as Anki's {@code revlog.type}. */
    public enum Kind {
        LEARN,
        REVIEW,
        RELEARN,
        /** A review in a filtered deck (Anki's cram). */
        FILTERED,
        /** A manual reschedule ("set due date", rating 0): no answer was given; the memory is kept. */
        MANUAL,
        /** A reset to new ("forget", a manual row with ease factor 0): the memory starts again. */
        RESET,
        /** Rescheduled by Anki's FSRS "reschedule cards" (rating 0): no answer, a new due date. */
        RESCHEDULED
    }

    /**
     * One row of the review log.
     *
     * @param at         when it was answered
     * @param rating     1 Again .. 4 Easy, or 0 for a manual row
     * @param kind       its kind
     * @param durationMs how long the answer took
     */
    public record Review(Instant at, int rating, Kind kind, long durationMs) {

        public Review {
            if (at == null || kind == null || rating < 0 || rating > 4 || durationMs < 0) {
                throw new IllegalArgumentException("a review needs a time, a rating 0..4 and a kind");
            }
        }
    }
}
