package org.quiztrainer.bank;

import java.util.List;
import org.quiztrainer.bank.io.ImportItem;

/**
 * A question as its author (the editor) or an importer gives it, before it is validated, sanitised and stored by
 * {@link QuestionEditorService#saveAll}. A cloze draft is a whole note: it is stored as one question per deletion
 * number, with the keys {@code <key>#c1}, {@code <key>#c2}, ….
 *
 * @param key         its key in the bank (an editor-chosen key, a GIFT name, an Anki note GUID); empty for a new
 *                    question, which then gets the key {@code q<n>}
 * @param topicId     the id of a topic of the bank, or empty for the bank's top level; ignored when
 *                    {@code topicPath} is given
 * @param topicPath   topic names, outermost first, found in the bank by name (Chinese or English) or created;
 *                    empty to use {@code topicId}
 * @param tags        its tags (lower-cased on save)
 * @param source      where it comes from, or empty
 * @param text        the question; for a cloze note, the text with its deletions
 * @param explanation shown after an answer, or {@link LocalizedText#EMPTY}
 * @param content     what is asked and what counts as right
 * @param html        whether the texts are formatted with the safe subset of {@link RichText} (sanitised on save)
 *                    rather than plain text
 * @param baseVersion the {@link EditableQuestion#version()} the editor started from, or {@code null} to write
 *                    whatever is stored (an importer, a new question)
 */
public record QuestionDraft(
        String key,
        String topicId,
        List<String> topicPath,
        List<String> tags,
        String source,
        LocalizedText text,
        LocalizedText explanation,
        ContentDraft content,
        boolean html,
        Long baseVersion) {

    public QuestionDraft {
        key = key == null ? "" : key.strip();
        topicId = topicId == null ? "" : topicId.strip();
        topicPath = topicPath == null ? List.of() : List.copyOf(topicPath);
        tags = tags == null ? List.of() : List.copyOf(tags);
        source = source == null ? "" : source.strip();
        text = text == null ? LocalizedText.EMPTY : text;
        explanation = explanation == null ? LocalizedText.EMPTY : explanation;
        if (content == null) {
            throw new IllegalArgumentException("a draft has a content");
        }
    }

    /** The type of the question. */
    public QuestionType type() {
        return content.type();
    }

    /** This draft under another key. */
    public QuestionDraft withKey(String newKey) {
        return new QuestionDraft(
                newKey, topicId, topicPath, tags, source, text, explanation, content, html, baseVersion);
    }

    /**
     * The draft of an imported question: its identity as key, its category path as topic path. A cloze item is
     * a note (give each note once, with the note's identity as {@code key}).
     */
    public static QuestionDraft of(ImportItem item, String key) {
        return new QuestionDraft(
                key,
                "",
                item.topicPath(),
                item.tags(),
                "",
                item.text(),
                item.explanation(),
                ContentDraft.of(item.content()),
                item.html(),
                null);
    }
}
