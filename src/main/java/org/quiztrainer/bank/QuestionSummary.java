package org.quiztrainer.bank;

/**
 * A row of the bank browser: enough to list a question without reading its content.
 *
 * @param text    the question's text as plain text (a formatted text without its markup)
 * @param bankId  the bank it belongs to
 * @param key     its key in that bank
 * @param retired whether it was retired
 * @param selfGraded whether the learner grades themself (a flashcard, a revealed cloze card): never in a quiz
 */
public record QuestionSummary(
        String id,
        String topicId,
        QuestionType type,
        LocalizedText text,
        int revision,
        long bankId,
        String key,
        boolean retired,
        boolean selfGraded) {

    /** A live question of the built-in bank. */
    public QuestionSummary(String id, String topicId, QuestionType type, LocalizedText text, int revision) {
        this(id, topicId, type, text, revision, Bank.BUILT_IN, id, false, type == QuestionType.FLASHCARD);
    }

    /** The same row with another text (a cloze card's front). */
    public QuestionSummary withText(LocalizedText shown) {
        return new QuestionSummary(id, topicId, type, shown, revision, bankId, key, retired, selfGraded);
    }
}
