package org.quiztrainer.study;

import java.util.List;
import java.util.Objects;
import org.quiztrainer.srs.Card;

/**
 * One card of a study history written at once by {@link StudyHistoryService}.
 *
 * @param questionId the question
 * @param card       the card after its last answer
 * @param leech      whether it is a leech (and so suspended)
 * @param answers    its answers, oldest first; at least one
 */
public record HistoryCard(String questionId, Card card, boolean leech, List<HistoryAnswer> answers) {

    public HistoryCard {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(card, "card");
        answers = List.copyOf(answers);
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("a card of a history has at least one answer");
        }
    }
}
