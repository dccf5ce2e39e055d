package org.quiztrainer.bank;

import java.util.List;

/**
 * Something wrong with a draft, on one field. The message is an i18n key whose first argument is the field's
 * label (the UI translates {@code field} into it) and whose further arguments are {@code args}.
 *
 * @param index the draft's position in the batch (0 for the editor's one draft)
 * @param field the field: {@code key}, {@code topic}, {@code tags}, {@code source}, {@code text.zh},
 *              {@code explanation.en}, {@code back.zh}, {@code choices}, {@code choice.2.en}, {@code truth},
 *              {@code accept.zh}, {@code number}, {@code tolerance}, {@code unit}, {@code items},
 *              {@code item.0.zh}, {@code pairs}, {@code pair.1.left.en}, {@code cloze}, {@code version}
 * @param key   the i18n key of the message, under {@code bank.edit.error.}
 * @param args  its arguments after the field's label
 */
public record DraftProblem(int index, String field, String key, List<String> args) {

    public DraftProblem {
        args = List.copyOf(args);
        if (field == null || key == null || !key.startsWith("bank.edit.error.")) {
            throw new IllegalArgumentException("a problem names a field and a key under bank.edit.error.");
        }
    }

    @Override
    public String toString() {
        return "#" + index + " " + field + ": " + key + (args.isEmpty() ? "" : " " + args);
    }
}
