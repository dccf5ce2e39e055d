package org.quiztrainer.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.quiztrainer.bank.io.support.Messages;

/**
 * Renders import lines in a language: the app's translations in the UI, the English bundle on the command line.
 * A line about a question's field starts with the field's label: {@code choice.2.en} is "choice 3 (English)".
 */
public final class ImportText {

    private ImportText() {}

    /** A line in the language of {@code translate} (a key and its arguments to a text). */
    public static String render(ImportLine line, BiFunction<String, Object[], String> translate) {
        return text(line.key(), line.field(), line.args(), translate);
    }

    /** Where a line is, in the language of {@code translate}: "line 12", "note 1514832112 card 2". */
    public static String where(org.quiztrainer.bank.io.Where where, BiFunction<String, Object[], String> translate) {
        if (where.entry().isEmpty()) {
            return translate.apply("import.where.line", new Object[] {where.line()});
        }
        return where.line() > 0
                ? translate.apply("import.where.entry-line", new Object[] {where.entry(), where.line()})
                : where.entry();
    }

    static String english(String key, String field, List<String> args) {
        return text(key, field, args, Messages::english);
    }

    private static String text(
            String key, String field, List<String> args, BiFunction<String, Object[], String> translate) {
        List<Object> all = new ArrayList<>();
        if (!field.isEmpty()) {
            all.add(label(field, translate));
        }
        all.addAll(args);
        return translate.apply(key, all.toArray());
    }

    /** The label of a draft's field, e.g. {@code pair.1.left.en}: "left side of pair 2 (English)". */
    static String label(String field, BiFunction<String, Object[], String> translate) {
        String[] parts = field.split("\\.");
        String base = parts[0];
        Integer number = null;
        String side = null;
        String lang = null;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            if (p.chars().allMatch(Character::isDigit) && !p.isEmpty()) {
                number = Integer.parseInt(p) + 1;
            } else if (p.equals("zh") || p.equals("en")) {
                lang = p;
            } else {
                side = p;
            }
        }
        String key = "import.field." + base + (side == null ? "" : "." + side);
        String text =
                number == null ? translate.apply(key, new Object[0]) : translate.apply(key, new Object[] {number});
        return lang == null ? text : text + " " + translate.apply("import.field.lang." + lang, new Object[0]);
    }
}
