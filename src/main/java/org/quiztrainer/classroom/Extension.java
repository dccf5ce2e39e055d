package org.quiztrainer.classroom;

import java.time.Instant;

/**
 * One learner's override of an assignment's closing time and attempts.
 *
 * @param closesAt    their closing time, or null for the assignment's
 * @param maxAttempts their attempts allowed ({@link AssignmentSettings#UNLIMITED} for no limit), or null for the
 *                    assignment's
 */
public record Extension(long learnerId, Instant closesAt, Integer maxAttempts) {}
