package org.quiztrainer.classroom;

import java.time.Instant;
import java.util.List;

/**
 * An attempt as the learner takes it.
 *
 * @param deadline the server's deadline; answers after it are refused
 * @param items    the questions in the order this attempt shows them
 */
public record AttemptView(
        long id,
        long assignmentId,
        String title,
        String instructions,
        int number,
        Instant startedAt,
        Instant deadline,
        boolean submitted,
        boolean immediateFeedback,
        boolean shuffleChoices,
        long shuffleSeed,
        List<AttemptItem> items) {

    /** How many questions have a saved answer. */
    public long answered() {
        return items.stream().filter(i -> i.saved() != null).count();
    }
}
