package org.quiztrainer.bank.io;

import java.util.List;

/**
 * Something wrong in a file, which stops the whole import (nothing is written while any problem remains).
 * The message is an i18n key (under {@code import.problem.}) with its arguments, so that the preview
 * shows it in the user's language; {@link #english()} is the message for logs and the command line.
 *
 * @param where   where it is
 * @param key     the i18n key, e.g. {@code import.problem.gift.unclosed-brace}
 * @param args    the key's arguments
 * @param english the same message in English
 */
public record ImportProblem(Where where, String key, List<String> args, String english) {

    public ImportProblem {
        args = List.copyOf(args);
        if (where == null || key == null || !key.startsWith("import.problem.") || english == null) {
            throw new IllegalArgumentException("a problem needs a place, a key under import.problem. and a message");
        }
    }

    @Override
    public String toString() {
        return where + ": " + english;
    }
}
