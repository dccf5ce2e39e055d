package org.quiztrainer.classroom;

import java.time.Duration;
import java.time.Instant;

/**
 * An assignment as one of its learners sees it in their list.
 *
 * @param closesAt      when it closes for this learner (with any extension)
 * @param attemptsAllowed {@link AssignmentSettings#UNLIMITED} for no limit
 * @param openAttemptId the attempt in progress, or null
 * @param grade         their grade (0..1) by the assignment's method, when they may see their score; else null
 */
public record LearnerAssignment(
        long assignmentId,
        long classId,
        String className,
        String title,
        String instructions,
        Instant opensAt,
        Instant closesAt,
        Duration timeLimit,
        int attemptsUsed,
        int attemptsAllowed,
        Status status,
        Long openAttemptId,
        Long lastAttemptId,
        Double grade) {

    /** Where the learner stands. */
    public enum Status {
        /** Not open yet. */
        UPCOMING,
        /** Open, and they may start an attempt. */
        OPEN,
        /** They have an attempt in progress. */
        IN_PROGRESS,
        /** Submitted, and no further attempt may be started. */
        DONE,
        /** Closed without a submitted attempt. */
        MISSED
    }
}
