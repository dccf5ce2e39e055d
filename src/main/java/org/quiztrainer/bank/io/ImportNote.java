package org.quiztrainer.bank.io;

import java.util.List;

/**
 * Something imported differently from how the file has it, and how (a Moodle partial-credit answer counted
 * as wrong, a GIFT essay become a flashcard, a matching distractor left out). Notes do not stop an import;
 * the preview lists them beside the question so that nothing changes unseen.
 *
 * @param where   where it is
 * @param key     the i18n key, under {@code import.note.}
 * @param args    the key's arguments
 * @param english the note in English
 */
public record ImportNote(Where where, String key, List<String> args, String english) {

    public ImportNote {
        args = List.copyOf(args);
        if (where == null || key == null || !key.startsWith("import.note.") || english == null) {
            throw new IllegalArgumentException("a note needs a place, a key under import.note. and a text");
        }
    }

    @Override
    public String toString() {
        return where + ": " + english;
    }
}
