package org.quiztrainer.classroom;

import java.time.Instant;

/** One attempt in an instructor's list: when, and its score (null while in progress). */
public record AttemptSummary(
        long attemptId, long learnerId, int number, Instant startedAt, Instant submittedAt, Double score) {}
