package org.quiztrainer.bank.ui.editor;

import java.util.Locale;
import org.quiztrainer.bank.BankLanguages;

/**
 * The label of each field of the question editor, by the field names of {@link org.quiztrainer.bank.DraftProblem}
 * ({@code text.zh}, {@code choice.2.en}, {@code pair.1.left.zh}, …): the field shows it, and every message about the
 * field names it. A field of one language says which only in a bilingual bank.
 */
final class FieldLabels {

    /** What translates a key with its arguments (a component's {@code getTranslation}). */
    @FunctionalInterface
    interface Translator {
        String translate(String key, Object... args);
    }

    private final Translator t;
    private final BankLanguages languages;

    FieldLabels(Translator t, BankLanguages languages) {
        this.t = t;
        this.languages = languages;
    }

    /** The label of a field name; an unknown name is shown as the general label. */
    String label(String field) {
        String[] parts = field.split("\\.");
        String lang = parts.length > 1 && isLanguage(parts[parts.length - 1]) ? parts[parts.length - 1] : null;
        String base = base(parts);
        return lang == null ? base : withLanguage(base, lang);
    }

    /** A base label in one language of the bank: {@code "Question (Chinese)"}, or just the label in a one-language bank. */
    String withLanguage(String base, String lang) {
        if (languages != BankLanguages.BOTH) {
            return base;
        }
        return t.translate("bank.field.in." + lang, base);
    }

    private String base(String[] p) {
        String head = p[0];
        return switch (head) {
            case "choice" -> t.translate("bank.field.choice", number(p));
            case "item" -> t.translate("bank.field.item", number(p));
            case "pair" ->
                t.translate(
                        p.length > 2 && p[2].equals("right") ? "bank.field.pair-right" : "bank.field.pair-left",
                        number(p));
            case "key",
                    "topic",
                    "tags",
                    "source",
                    "type",
                    "text",
                    "explanation",
                    "back",
                    "choices",
                    "truth",
                    "accept",
                    "number",
                    "tolerance",
                    "unit",
                    "items",
                    "pairs",
                    "cloze",
                    "media",
                    "image",
                    "version",
                    "batch" -> t.translate("bank.field." + head);
            default -> t.translate("bank.field.question");
        };
    }

    private static int number(String[] p) {
        try {
            return Integer.parseInt(p[1]) + 1;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static boolean isLanguage(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.equals("zh") || l.equals("en");
    }
}
