package org.quiztrainer.bank.parse;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.quiztrainer.bank.LocalizedText;

/** Splits the list and bilingual values of the bank syntax. */
final class Values {

    private static final String ESCAPED_BAR = "\u0000";
    private static final Pattern LIST_BAR = Pattern.compile("\\s+\\|\\s+");
    private static final Pattern LANGUAGE_BAR = Pattern.compile("\\|\\|");

    private Values() {}

    /** Splits {@code a | b | c}; {@code \|} is a literal bar. Empty entries are dropped. */
    static List<String> list(String value) {
        return Arrays.stream(LIST_BAR.split(value.replace("\\|", ESCAPED_BAR)))
                .map(s -> s.replace(ESCAPED_BAR, "|").strip())
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** Splits {@code <zh> || <en>} into a bilingual text; empty when a side is missing. */
    static Optional<LocalizedText> pair(String value) {
        String[] parts = LANGUAGE_BAR.split(value, -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new LocalizedText(parts[0].strip(), parts[1].strip()));
    }

    /** Splits comma-separated tags. */
    static List<String> tags(String value) {
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
