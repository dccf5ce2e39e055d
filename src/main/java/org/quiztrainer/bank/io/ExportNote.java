package org.quiztrainer.bank.io;

import java.util.List;

/**
 * A question a format could not write as it is: left out ({@code skipped}) or written as the nearest thing
 * the format has (GIFT has no ordering: a matching of each item to its position).
 *
 * @param identity the question's identity ({@link ExportRequest.Entry#identity()})
 * @param skipped  whether it is not in the file at all
 * @param key      the i18n key, under {@code export.skip.} or {@code export.note.}
 * @param args     the key's arguments
 * @param english  the same in English
 */
public record ExportNote(String identity, boolean skipped, String key, List<String> args, String english) {

    public ExportNote {
        args = List.copyOf(args);
        String prefix = skipped ? "export.skip." : "export.note.";
        if (identity == null || key == null || !key.startsWith(prefix) || english == null) {
            throw new IllegalArgumentException(
                    "an export note needs an identity, a key under " + prefix + " and a text");
        }
    }

    @Override
    public String toString() {
        return identity + ": " + english;
    }
}
