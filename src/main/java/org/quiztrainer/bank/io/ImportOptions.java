package org.quiztrainer.bank.io;

import java.util.Optional;

/**
 * How to read a file.
 *
 * @param format   the format the user chose, or empty to detect it
 * @param language the language of texts that do not say theirs
 * @param quizlet  separators of a Quizlet export
 * @param limits   the bounds to keep to
 */
public record ImportOptions(
        Optional<Format> format, TextLanguage language, QuizletOptions quizlet, ImportLimits limits) {

    /** Detect the format and the language, default Quizlet separators, default limits. */
    public static final ImportOptions DEFAULTS =
            new ImportOptions(Optional.empty(), TextLanguage.DETECT, QuizletOptions.DEFAULTS, ImportLimits.DEFAULTS);

    public ImportOptions {
        format = format == null ? Optional.empty() : format;
        if (language == null || quizlet == null || limits == null) {
            throw new IllegalArgumentException("import options are incomplete");
        }
    }

    /** The language imported texts are written in, when the file does not say. */
    public enum TextLanguage {
        /** Chinese when a text has Han characters, English otherwise. */
        DETECT,
        ZH,
        EN
    }

    /**
     * Quizlet's export: a separator between term and definition, one between cards.
     *
     * @param termSeparator  tab, comma, or a custom string
     * @param cardSeparator  newline, semicolon, or a custom string
     * @param bothDirections also make the reverse card (definition to term)
     */
    public record QuizletOptions(String termSeparator, String cardSeparator, boolean bothDirections) {

        public static final QuizletOptions DEFAULTS = new QuizletOptions("\t", "\n", false);

        public QuizletOptions {
            if (termSeparator == null || termSeparator.isEmpty() || cardSeparator == null || cardSeparator.isEmpty()) {
                throw new IllegalArgumentException("separators must not be empty");
            }
        }
    }
}
