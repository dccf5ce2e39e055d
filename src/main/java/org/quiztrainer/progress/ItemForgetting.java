package org.quiztrainer.progress;

import org.quiztrainer.bank.LocalizedText;

/**
 * How a class forgets one question.
 *
 * @param reviews    answers by the class's learners to the question (the reviews of their cards)
 * @param lapses     times their cards were forgotten after graduating (rated Again while in Review)
 * @param learners   learners who have a card for the question
 * @param meanRecall their mean predicted recall now
 * @param facility   the item analysis's facility index 0..1 over the class's quiz attempts, or {@code null}
 * @param discrimination the item analysis's discrimination index -1..1, or {@code null}
 */
public record ItemForgetting(
        String questionId,
        LocalizedText text,
        int reviews,
        int lapses,
        int learners,
        double meanRecall,
        Double facility,
        Double discrimination) {

    /** Lapses per answer: lapses / reviews, or 0 when never answered. */
    public double lapseRate() {
        return reviews == 0 ? 0 : (double) lapses / reviews;
    }
}
