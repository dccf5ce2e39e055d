package org.quiztrainer.study;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.quiztrainer.bank.QuestionType;

/**
 * A card's history from another app, for the learner who brings it into a bank of their own.
 *
 * @param questionId the question it belongs to
 * @param type       the question's type
 * @param revision   the question's current revision
 * @param answers    the answers since the card last started anew, oldest first
 * @param due        when the other app has it due next, if it is scheduled there
 * @param suspended  whether it is suspended there
 */
public record ImportedCard(
        String questionId,
        QuestionType type,
        int revision,
        List<ImportedAnswer> answers,
        Optional<Instant> due,
        boolean suspended) {

    public ImportedCard {
        answers = List.copyOf(answers);
        due = due == null ? Optional.empty() : due;
        if (questionId == null || type == null || revision < 1) {
            throw new IllegalArgumentException("an imported card needs a question, its type and revision");
        }
    }
}
