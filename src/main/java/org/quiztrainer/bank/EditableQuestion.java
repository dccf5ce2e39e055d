package org.quiztrainer.bank;

import java.util.List;

/**
 * A question as its editor opens it.
 *
 * @param questionId  the question opened (for a cloze note, the card opened)
 * @param bankId      its bank
 * @param draft       its fields, with {@link QuestionDraft#baseVersion()} set to {@code version}
 * @param revision    its revision
 * @param retired     whether it is retired
 * @param version     what a save names to be refused if someone else saved in between
 * @param noteCardIds for a cloze note, the ids of its cards (one per deletion number), else just this id
 */
public record EditableQuestion(
        String questionId,
        long bankId,
        QuestionDraft draft,
        int revision,
        boolean retired,
        long version,
        List<String> noteCardIds) {

    public EditableQuestion {
        noteCardIds = List.copyOf(noteCardIds);
    }
}
