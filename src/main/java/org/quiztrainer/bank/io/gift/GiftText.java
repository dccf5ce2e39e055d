package org.quiztrainer.bank.io.gift;

import java.util.Optional;
import org.quiztrainer.bank.io.support.FormattedText;
import org.quiztrainer.bank.io.support.FormattedText.Kind;

/** GIFT's texts with their format. */
final class GiftText {

    private GiftText() {}

    /**
     * Moodle's {@code parse_text_with_format}: a leading {@code [name]} naming a format sets it (an unknown
     * name is text), then the escapes are restored and the text trimmed.
     */
    static FormattedText parse(String raw, Kind fallback) {
        String text = raw.strip();
        Kind kind = fallback;
        if (text.startsWith("[")) {
            int end = text.indexOf(']');
            Optional<Kind> named = end > 0 ? Kind.gift(text.substring(1, end)) : Optional.empty();
            if (named.isPresent()) {
                kind = named.get();
                text = text.substring(end + 1);
            }
        }
        return new FormattedText(GiftEscapes.restore(text).strip(), kind);
    }
}
