package org.quiztrainer.progress;

import org.quiztrainer.bank.QuestionType;

/** Answers to questions of one type, and how many passed (rated above Again). */
public record TypeAccuracy(QuestionType type, int passed, int total) {

    /** passed / total, or {@code NaN} when there were none. */
    public double rate() {
        return total == 0 ? Double.NaN : (double) passed / total;
    }
}
