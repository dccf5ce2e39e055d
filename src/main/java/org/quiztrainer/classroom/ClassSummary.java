package org.quiztrainer.classroom;

/**
 * A class as a list shows it.
 *
 * @param joinCode the code learners join with; null for callers who do not manage the class
 * @param managed  whether the caller runs the class (its instructor or an admin)
 */
public record ClassSummary(
        long id,
        String name,
        long instructorId,
        String instructorName,
        String joinCode,
        boolean joiningOpen,
        int memberCount,
        boolean managed) {}
