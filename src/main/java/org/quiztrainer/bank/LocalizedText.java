package org.quiztrainer.bank;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in both languages of the bank: Chinese and English.
 *
 * @param zh the Chinese text, never blank
 * @param en the English text, never blank
 */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        if (zh == null || zh.isBlank() || en == null || en.isBlank()) {
            throw new IllegalArgumentException("both languages are required");
        }
    }

    /** The text for a locale: Chinese for any {@code zh} locale, English otherwise. */
    public String in(Locale locale) {
        return Objects.equals(locale.getLanguage(), "zh") ? zh : en;
    }
}
