package org.quiztrainer.bank.io;

import java.util.List;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.QuestionContent;

/**
 * One question as a file gives it, before it is matched with a bank. The bank's import service turns it
 * into a stored question: a new one, or a new revision of the question imported before with the same
 * identity.
 *
 * @param identity    what identifies it across imports of the same source: GIFT {@code ::name::}, Moodle
 *                    XML category path and name, Anki note GUID with the card's ordinal, CSV {@code id};
 *                    empty when the file gives none (it is then always created anew)
 * @param where       where it starts
 * @param topicPath   the category or deck it is in, outermost first; empty for the bank's top level
 * @param tags        its tags
 * @param text        the question (for a cloze, the text with its deletions)
 * @param explanation general feedback, or {@link LocalizedText#EMPTY}
 * @param content     what is asked and what counts as right
 * @param html        whether the texts are HTML fragments (sanitised by the bank before they are kept)
 *                    rather than plain text
 */
public record ImportItem(
        String identity,
        Where where,
        List<String> topicPath,
        List<String> tags,
        LocalizedText text,
        LocalizedText explanation,
        QuestionContent content,
        boolean html) {

    public ImportItem {
        identity = identity == null ? "" : identity;
        topicPath = List.copyOf(topicPath);
        tags = List.copyOf(tags);
        if (where == null || text == null || text.isEmpty() || explanation == null || content == null) {
            throw new IllegalArgumentException("an imported question needs a place, a text and a content");
        }
    }
}
