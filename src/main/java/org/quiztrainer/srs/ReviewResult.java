package org.quiztrainer.srs;

import java.util.Objects;

/**
 * The outcome of one review: the card with its new memory state and schedule, and the log entry.
 *
 * @param card the card after the review
 * @param log  the review's log entry
 */
public record ReviewResult(Card card, ReviewLog log) {

    public ReviewResult {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(log, "log");
    }
}
