package org.quiztrainer.srs.workload;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A quiz the simulated learner takes: its questions answered one after the other from {@code at}.
 *
 * @param key         the caller's name for it (an assignment id)
 * @param at          when the first question is answered
 * @param questionIds the questions, in the order answered
 */
public record QuizSession(String key, Instant at, List<String> questionIds) {

    public QuizSession {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(at, "at");
        questionIds = List.copyOf(questionIds);
    }
}
