package org.quiztrainer.srs.workload;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.quiztrainer.srs.Card;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.ReviewLog;

/**
 * What a {@link StudyHistorySimulator} run produced: every card the learner saw with each of its answers,
 * and the quiz answers.
 *
 * @param cards   the cards in the order they were first answered
 * @param quizzes the quiz answers in the order given
 */
public record SimulatedHistory(List<SimulatedCard> cards, List<QuizAnswer> quizzes) {

    public SimulatedHistory {
        cards = List.copyOf(cards);
        quizzes = List.copyOf(quizzes);
    }

    /** The number of answers, quizzes included. */
    public int answers() {
        return cards.stream().mapToInt(c -> c.answers().size()).sum();
    }

    /**
     * One card as the scheduler left it.
     *
     * @param questionId the question
     * @param card       its state after the last answer
     * @param leech      whether it lapsed often enough to be suspended as a leech
     * @param answers    its answers, oldest first
     */
    public record SimulatedCard(String questionId, Card card, boolean leech, List<Answer> answers) {

        public SimulatedCard {
            answers = List.copyOf(answers);
        }
    }

    /**
     * One answer: the card before it and the scheduler's log of it.
     *
     * @param before the card as it was shown
     * @param log    what the scheduler recorded
     * @param quiz   whether it was given in a quiz (else in a study session)
     * @param time   how long the answer took
     */
    public record Answer(Card before, ReviewLog log, boolean quiz, Duration time) {}

    /**
     * One answer to a quiz question.
     *
     * @param key        the quiz's {@link QuizSession#key()}
     * @param questionId the question
     * @param at         when it was answered
     * @param recalled   whether the learner remembered the answer
     * @param time       how long the answer took
     * @param rating     the rating recorded in the memory model
     */
    public record QuizAnswer(
            String key, String questionId, Instant at, boolean recalled, Duration time, Rating rating) {}
}
