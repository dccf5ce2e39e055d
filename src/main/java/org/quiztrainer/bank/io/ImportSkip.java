package org.quiztrainer.bank.io;

import java.util.List;

/**
 * Something a file holds that is not imported, and why (a GIFT description, a Moodle calculated
 * question, Anki's "please update" placeholder, a sound file). Skips do not stop an import.
 *
 * @param where   where it is
 * @param key     the i18n key of the reason, under {@code import.skip.}
 * @param args    the key's arguments
 * @param english the reason in English
 */
public record ImportSkip(Where where, String key, List<String> args, String english) {

    public ImportSkip {
        args = List.copyOf(args);
        if (where == null || key == null || !key.startsWith("import.skip.") || english == null) {
            throw new IllegalArgumentException("a skip needs a place, a key under import.skip. and a reason");
        }
    }

    @Override
    public String toString() {
        return where + ": " + english;
    }
}
