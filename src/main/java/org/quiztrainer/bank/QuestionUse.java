package org.quiztrainer.bank;

import java.util.List;

/**
 * Who uses a question, shown in its editor: how many learners hold it in memory, which assignments ask it.
 *
 * @param learners    learners with a card of it
 * @param assignments titles of the assignments that ask it, with their class
 */
public record QuestionUse(long learners, List<String> assignments) {

    public QuestionUse {
        assignments = List.copyOf(assignments);
    }

    /** Whether anyone has it in memory or an assignment asks it. */
    public boolean inUse() {
        return learners > 0 || !assignments.isEmpty();
    }
}
