package org.quiztrainer.bank;

import java.util.List;

/**
 * What uses a question, for its editor: study counts the learners who hold it in memory, the classroom names the
 * assignments that ask it. Implemented by those features.
 */
public interface QuestionUsage {

    /** How many learners have a card of the question (0 where this feature has none). */
    default long learners(String questionId) {
        return 0;
    }

    /** The titles of the assignments that ask the question, with their class. */
    default List<String> assignments(String questionId) {
        return List.of();
    }
}
