package org.quiztrainer.study;

import java.time.Duration;
import java.util.Objects;
import org.quiztrainer.srs.Card;
import org.quiztrainer.srs.ReviewLog;

/**
 * One answer of a study history written at once by {@link StudyHistoryService}.
 *
 * @param before the card as it was shown
 * @param log    the scheduler's log of the answer
 * @param source where it was given
 * @param time   how long it took
 * @param score  the grader's score in 0..1, or null for a self-graded card
 */
public record HistoryAnswer(Card before, ReviewLog log, ReviewSource source, Duration time, Double score) {

    public HistoryAnswer {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(source, "source");
        if (time == null || time.isNegative()) {
            throw new IllegalArgumentException("an answer takes a time >= 0");
        }
        if (score != null && !(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("a score is in 0..1, was " + score);
        }
    }
}
