package org.quiztrainer.classroom;

import java.time.Instant;

/** A learner in a class. */
public record Member(long learnerId, String username, String displayName, Instant joinedAt) {}
