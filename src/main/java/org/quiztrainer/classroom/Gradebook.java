package org.quiztrainer.classroom;

import java.util.List;

/**
 * A class's grades: one row per learner, one column per assignment.
 *
 * @param assignments the columns, by opening time
 * @param rows        the learners, by display name
 */
public record Gradebook(long classId, String className, List<Column> assignments, List<Row> rows) {

    /** An assignment column. */
    public record Column(long assignmentId, String title, GradingMethod method) {}

    /**
     * A learner's row.
     *
     * @param grades the grade 0..1 per column (same order), or null where no attempt was submitted
     * @param attempts how many attempts the learner made per column
     */
    public record Row(
            long learnerId, String username, String displayName, List<Double> grades, List<Integer> attempts) {}
}
