package org.quiztrainer.study;

import java.time.Instant;
import java.util.Objects;
import org.quiztrainer.srs.Rating;

/**
 * One answer of a history brought from another app.
 *
 * @param at         when it was given
 * @param rating     the rating given
 * @param durationMs how long it took, in milliseconds
 */
public record ImportedAnswer(Instant at, Rating rating, long durationMs) {

    public ImportedAnswer {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(rating, "rating");
        if (durationMs < 0) {
            throw new IllegalArgumentException("an answer takes a time >= 0");
        }
    }
}
