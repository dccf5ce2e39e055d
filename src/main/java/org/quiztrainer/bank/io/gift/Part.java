package org.quiztrainer.bank.io.gift;

import java.util.Locale;
import java.util.Optional;

/**
 * A piece of text of a GIFT question with the format it is written in: {@code [html]}, {@code [moodle]}
 * (the default: HTML allowed, line breaks kept), {@code [plain]} or {@code [markdown]}.
 */
record Part(String text, Kind kind) {

    enum Kind {
        MOODLE,
        HTML,
        PLAIN,
        MARKDOWN;

        static Optional<Kind> named(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "moodle" -> Optional.of(MOODLE);
                case "html" -> Optional.of(HTML);
                case "plain" -> Optional.of(PLAIN);
                case "markdown" -> Optional.of(MARKDOWN);
                default -> Optional.empty();
            };
        }
    }

    static final Part EMPTY = new Part("", Kind.MOODLE);

    /**
     * Moodle's {@code parse_text_with_format}: a leading {@code [name]} naming a format sets it (an unknown
     * name is text), then the escapes are restored and the text trimmed.
     */
    static Part parse(String raw, Kind fallback) {
        String text = raw.strip();
        Kind kind = fallback;
        if (text.startsWith("[")) {
            int end = text.indexOf(']');
            Optional<Kind> named = end > 0 ? Kind.named(text.substring(1, end)) : Optional.empty();
            if (named.isPresent()) {
                kind = named.get();
                text = text.substring(end + 1);
            }
        }
        return new Part(GiftEscapes.restore(text).strip(), kind);
    }

    boolean isEmpty() {
        return text.isEmpty();
    }
}
