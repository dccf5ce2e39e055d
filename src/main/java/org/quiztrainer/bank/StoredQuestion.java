package org.quiztrainer.bank;

import java.time.Instant;

/**
 * A question as the app serves it, with its revision. A card that remembers the revision it was
 * studied at knows the question changed when {@code revision} is larger.
 *
 * @param revision  the content version, 1 for the first
 * @param retired   whether the question is no longer in the bank
 * @param changedAt when this revision (or the retirement) was written
 * @param bankId    the bank it belongs to
 */
public record StoredQuestion(Question question, int revision, boolean retired, Instant changedAt, long bankId) {

    /** A question of the built-in bank. */
    public StoredQuestion(Question question, int revision, boolean retired, Instant changedAt) {
        this(question, revision, retired, changedAt, Bank.BUILT_IN);
    }
}
