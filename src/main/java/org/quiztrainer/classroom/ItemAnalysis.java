package org.quiztrainer.classroom;

import java.util.List;
import org.quiztrainer.bank.Question;

/**
 * The item analysis of an assignment over each learner's first submitted attempt (Moodle's default: later
 * attempts build on the earlier ones and break the statistics' assumptions).
 *
 * @param attempts how many attempts were analysed
 */
public record ItemAnalysis(long assignmentId, String title, int attempts, List<Item> items) {

    /** A question with its statistics. */
    public record Item(Question question, ItemStats stats) {}
}
