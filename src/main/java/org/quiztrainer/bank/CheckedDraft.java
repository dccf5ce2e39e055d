package org.quiztrainer.bank;

import java.util.List;

/**
 * A draft that passed {@link DraftValidator}: its texts cleaned, its contents built (one, or one per deletion
 * number of a cloze note).
 */
record CheckedDraft(
        int index,
        String key,
        List<String> tags,
        String source,
        LocalizedText text,
        LocalizedText explanation,
        List<QuestionContent> contents,
        boolean html,
        QuestionDraft draft) {

    boolean isCloze() {
        return draft.type() == QuestionType.CLOZE;
    }

    /** The question with the given id, topic and content. */
    Question question(String id, String topicId, QuestionContent content) {
        return new Question(id, topicId, tags, source, text, explanation, content, new Location("", 0), html);
    }
}
