package org.quiztrainer.bank;

import java.util.List;

/**
 * One question of the bank, hand-written or generated from the facts table.
 *
 * @param id          the stable id; a learner's memory state is keyed by it
 * @param topicId     the topic it belongs to
 * @param tags        lowercase tags
 * @param source      the article section or reference the question was checked against, or empty
 * @param text        the question (the front of a flashcard)
 * @param explanation shown after every answer, or {@link LocalizedText#EMPTY}
 * @param content     what is asked and what counts as right
 * @param origin      where it was written (a template's location for generated questions)
 * @param html        whether its texts (text, explanation, back, choices, items, pairs) are the safe HTML subset
 *                    of {@link RichText} rather than plain text; accepted answers are always plain
 */
public record Question(
        String id,
        String topicId,
        List<String> tags,
        String source,
        LocalizedText text,
        LocalizedText explanation,
        QuestionContent content,
        Location origin,
        boolean html) {

    /** A question in plain text, as the bank files write them. */
    public Question(
            String id,
            String topicId,
            List<String> tags,
            String source,
            LocalizedText text,
            LocalizedText explanation,
            QuestionContent content,
            Location origin) {
        this(id, topicId, tags, source, text, explanation, content, origin, false);
    }

    public Question {
        tags = List.copyOf(tags);
        if (!BankIds.isValid(id)
                || topicId == null
                || source == null
                || text == null
                || text.isEmpty()
                || explanation == null
                || content == null
                || origin == null) {
            throw new IllegalArgumentException("incomplete question " + id);
        }
        if (content instanceof QuestionContent.Cloze cloze && !ClozeText.asks(text, cloze.number())) {
            throw new IllegalArgumentException("question " + id + " has no deletion c" + cloze.number());
        }
    }

    /** The type of the question, given by its content. */
    public QuestionType type() {
        return content.type();
    }

    /**
     * The text as a learner sees it before answering: a cloze card shows its deletions as {@code [...]}
     * (the stored text holds the answers); every other question its text as written.
     */
    public LocalizedText shownText() {
        if (content instanceof QuestionContent.Cloze c) {
            return new LocalizedText(
                    text.hasZh() ? ClozeText.front(text.zh(), c.number()) : "",
                    text.hasEn() ? ClozeText.front(text.en(), c.number()) : "");
        }
        return text;
    }
}
