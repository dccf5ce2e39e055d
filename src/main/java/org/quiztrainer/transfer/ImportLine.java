package org.quiztrainer.transfer;

import java.util.List;
import org.quiztrainer.bank.io.ImportNote;
import org.quiztrainer.bank.io.ImportProblem;
import org.quiztrainer.bank.io.ImportSkip;
import org.quiztrainer.bank.io.Where;

/**
 * One line of an import's preview or report: a problem (nothing is written while there is one), something
 * skipped, or a note on something imported differently. The text is an i18n key with its arguments, shown in
 * the reader's language ({@link ImportText}); {@code english} is the same for the command line and logs.
 *
 * @param where   where in the file
 * @param kind    what it is
 * @param key     the i18n key ({@code import.problem.}, {@code import.skip.}, {@code import.note.}, or {@code
 *                import.draft.} for what the bank refuses in a question, whose first argument is {@code field})
 * @param field   the question's field the bank refuses ({@code text.en}, {@code choice.2.zh}), or empty
 * @param args    the key's arguments (after the field's label)
 * @param english the line in English
 */
public record ImportLine(Where where, Kind kind, String key, String field, List<String> args, String english) {

    /** What a line is. */
    public enum Kind {
        PROBLEM,
        SKIP,
        NOTE
    }

    public ImportLine {
        args = List.copyOf(args);
        field = field == null ? "" : field;
        if (where == null || kind == null || key == null || english == null) {
            throw new IllegalArgumentException("an import line needs a place, a kind, a key and a text");
        }
    }

    static ImportLine of(ImportProblem p) {
        return new ImportLine(p.where(), Kind.PROBLEM, p.key(), "", p.args(), p.english());
    }

    static ImportLine of(ImportSkip s) {
        return new ImportLine(s.where(), Kind.SKIP, s.key(), "", s.args(), s.english());
    }

    static ImportLine of(ImportNote n) {
        return new ImportLine(n.where(), Kind.NOTE, n.key(), "", n.args(), n.english());
    }

    /** A line of the app's own (a history or bank message), in English from the app's bundle. */
    static ImportLine own(Where where, Kind kind, String key, Object... args) {
        List<String> values = java.util.Arrays.stream(args).map(String::valueOf).toList();
        return new ImportLine(where, kind, key, "", values, ImportText.english(key, "", values));
    }

    @Override
    public String toString() {
        return where + ": " + english;
    }
}
