package org.quiztrainer.srs.optimizer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.State;

/** Hand-made review logs for tests: one card at a time, reviews at whole days and minutes after a start. */
final class Logs {

    static final Instant START = Instant.parse("2024-01-01T10:00:00Z");

    private final List<LoggedReview> reviews = new ArrayList<>();

    /** Adds a review of {@code card} on day {@code day} at {@code minute} past 10:00 UTC. */
    Logs add(long card, int day, int minute, int grade, State state) {
        Instant at = START.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(minute));
        reviews.add(new LoggedReview(card, at, Rating.ofGrade(grade), state, 5000));
        return this;
    }

    /** A card learnt with {@code first} on day 0 and answered {@code second} on day {@code day}. */
    Logs twoReviews(long card, int first, int day, int second) {
        return add(card, 0, (int) card, first, State.NEW).add(card, day, (int) card, second, State.REVIEW);
    }

    List<LoggedReview> reviews() {
        return reviews;
    }

    TrainingItems items() {
        return TrainingItems.of(reviews, java.time.ZoneOffset.UTC, 4);
    }
}
