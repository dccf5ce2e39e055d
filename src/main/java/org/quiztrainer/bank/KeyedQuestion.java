package org.quiztrainer.bank;

/**
 * A question with what its bank calls it: for an export that a later import maps back onto the same questions.
 *
 * @param question the question as served
 * @param key      its per-bank key ({@code bank_key}); for the built-in bank its id
 * @param noteKey  the key of its cloze note, or {@code null} when it is not a cloze card
 * @param revision its current revision
 */
public record KeyedQuestion(Question question, String key, String noteKey, int revision) {

    public KeyedQuestion {
        if (question == null || key == null || key.isEmpty()) {
            throw new IllegalArgumentException("a keyed question needs a question and a key");
        }
    }
}
