package org.quiztrainer.bank.io.support;

import java.util.Locale;
import java.util.Optional;

/**
 * A text of a Moodle question with the format it is written in: Moodle's auto-format (HTML allowed, line
 * breaks kept), HTML, plain text or Markdown (kept as plain text).
 */
public record FormattedText(String text, Kind kind) {

    public enum Kind {
        MOODLE,
        HTML,
        PLAIN,
        MARKDOWN;

        /** GIFT's names: {@code [moodle] [html] [plain] [markdown]}. */
        public static Optional<Kind> gift(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "moodle" -> Optional.of(MOODLE);
                case "html" -> Optional.of(HTML);
                case "plain" -> Optional.of(PLAIN);
                case "markdown" -> Optional.of(MARKDOWN);
                default -> Optional.empty();
            };
        }

        /** Moodle XML's {@code format} attribute; an unknown one is HTML, as Moodle assumes. */
        public static Kind xml(String format) {
            return switch (format.strip()) {
                case "moodle_auto_format" -> MOODLE;
                case "plain_text" -> PLAIN;
                case "markdown", "wiki_like" -> MARKDOWN;
                default -> HTML;
            };
        }
    }

    public static final FormattedText EMPTY = new FormattedText("", Kind.MOODLE);

    public FormattedText {
        text = text == null ? "" : text;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
