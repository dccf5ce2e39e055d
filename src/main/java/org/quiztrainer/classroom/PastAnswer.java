package org.quiztrainer.classroom;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.quiztrainer.grading.Response;

/**
 * One answer of an attempt taken in the past, for {@link AttemptHistoryService}.
 *
 * @param questionId the question
 * @param response   what was answered
 * @param time       how long it took
 * @param at         when it was saved
 */
public record PastAnswer(String questionId, Response response, Duration time, Instant at) {

    public PastAnswer {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(at, "at");
        if (time == null || time.isNegative()) {
            throw new IllegalArgumentException("an answer takes a time >= 0");
        }
    }
}
