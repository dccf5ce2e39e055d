package org.quiztrainer.bank;

import java.util.Locale;

/**
 * A text in the languages of its bank: Chinese, English or both. A bank in one language fills only that
 * side; the other is the empty string (never {@code null}). {@link #EMPTY} stands for an optional text left
 * out (a question without an explanation); whoever requires a text checks {@link #isEmpty()}.
 *
 * @param zh the Chinese text, or empty
 * @param en the English text, or empty
 */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        zh = zh == null ? "" : zh;
        en = en == null ? "" : en;
    }

    /** No text in either language. */
    public static final LocalizedText EMPTY = new LocalizedText("", "");

    /** Whether neither language has a text. */
    public boolean isEmpty() {
        return zh.isBlank() && en.isBlank();
    }

    /** A text in Chinese only. */
    public static LocalizedText zhOnly(String zh) {
        return new LocalizedText(zh, "");
    }

    /** A text in English only. */
    public static LocalizedText enOnly(String en) {
        return new LocalizedText("", en);
    }

    /** Whether both languages are given. */
    public boolean isBilingual() {
        return !zh.isBlank() && !en.isBlank();
    }

    /** Whether the Chinese side is given. */
    public boolean hasZh() {
        return !zh.isBlank();
    }

    /** Whether the English side is given. */
    public boolean hasEn() {
        return !en.isBlank();
    }

    /**
     * The text for a locale: Chinese for any {@code zh} locale, English otherwise; the other language when
     * the text has only that one.
     */
    public String in(Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        if (chinese) {
            return hasZh() ? zh : en;
        }
        return hasEn() ? en : zh;
    }

    /** Whether {@link #in(Locale)} gives the locale's own language rather than the other one. */
    public boolean isIn(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? hasZh() : hasEn();
    }
}
