package org.quiztrainer.progress;

import java.time.Instant;
import org.quiztrainer.bank.QuestionType;
import org.quiztrainer.srs.State;

/**
 * The parts of a review-log row the statistics need.
 *
 * @param interval the card's scheduled interval in days before this answer
 */
record LogRow(Instant at, int rating, State stateBefore, long interval, QuestionType type, long cardId) {

    /** Rated Hard, Good or Easy. */
    boolean passed() {
        return rating > 1;
    }
}
