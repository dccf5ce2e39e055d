package org.quiztrainer.srs;

import java.util.Objects;

/**
 * The four possible outcomes of reviewing a card now, one per rating (for the answer buttons' labels).
 *
 * @param again the outcome of {@link Rating#AGAIN}
 * @param hard  the outcome of {@link Rating#HARD}
 * @param good  the outcome of {@link Rating#GOOD}
 * @param easy  the outcome of {@link Rating#EASY}
 */
public record Preview(ReviewResult again, ReviewResult hard, ReviewResult good, ReviewResult easy) {

    public Preview {
        Objects.requireNonNull(again, "again");
        Objects.requireNonNull(hard, "hard");
        Objects.requireNonNull(good, "good");
        Objects.requireNonNull(easy, "easy");
    }

    /** The outcome of {@code rating}. */
    public ReviewResult get(Rating rating) {
        return switch (rating) {
            case AGAIN -> again;
            case HARD -> hard;
            case GOOD -> good;
            case EASY -> easy;
        };
    }
}
