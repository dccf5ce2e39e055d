package org.quiztrainer.bank;

/**
 * Reasons besides a bank's own rules why a user may read a question: study grants a learner the questions they
 * hold a card of (the history of what they studied stays theirs), the classroom grants the questions of one's
 * attempts, and an instructor those of their classes' assignments. Implemented by those features, so the bank
 * depends on neither.
 */
public interface QuestionGrants {

    /** Whether {@code userId} may read the question {@code questionId} although they may not read its bank. */
    boolean grantsQuestion(long userId, String questionId);

    /**
     * Whether {@code userId} may draw from the bank {@code bankId} although they may not read it (a learner
     * starting an attempt of an assignment that draws from it).
     */
    default boolean grantsBank(long userId, long bankId) {
        return false;
    }
}
