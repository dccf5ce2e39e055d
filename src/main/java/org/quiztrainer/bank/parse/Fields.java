package org.quiztrainer.bank.parse;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.Location;

/**
 * Reads the fields of one block and reports missing, repeated and unknown ones. Single-word fields
 * (ids, numbers, types) may end in a {@code # comment}.
 */
final class Fields {

    private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s+#.*$");

    private final Block block;
    private final Problems problems;
    private final Set<String> used = new HashSet<>();

    Fields(Block block, Problems problems) {
        this.block = block;
        this.problems = problems;
    }

    Location at() {
        return block.at();
    }

    Location at(Block.Field field) {
        return new Location(block.at().file(), field.line());
    }

    /** Every field with the key, in order (for repeated keys such as {@code choice}). */
    List<Block.Field> all(String key) {
        used.add(key);
        return block.fields().stream().filter(f -> f.key().equals(key)).toList();
    }

    /** The field with the key, reporting a repetition. */
    Optional<Block.Field> field(String key) {
        List<Block.Field> found = all(key);
        if (found.size() > 1) {
            problems.add(at(found.get(1)), "field '" + key + "' given twice in " + block.id());
        }
        return found.stream().findFirst();
    }

    /** The value of a free-text field, if present and not empty. */
    Optional<String> text(String key) {
        return field(key).map(Block.Field::value).filter(v -> !v.isBlank());
    }

    /** The value of a free-text field, reporting it when missing. */
    Optional<String> requiredText(String key) {
        Optional<String> value = text(key);
        if (value.isEmpty()) {
            problems.add(at(), "missing field '" + key + "' in " + block.id());
        }
        return value;
    }

    /** The value of a single-word field with any trailing {@code # comment} removed. */
    Optional<String> word(String key) {
        return text(key).map(v -> TRAILING_COMMENT.matcher(v).replaceFirst("").strip());
    }

    Optional<String> requiredWord(String key) {
        Optional<String> value = word(key);
        if (value.isEmpty()) {
            problems.add(at(), "missing field '" + key + "' in " + block.id());
        }
        return value;
    }

    /** A number field; reports a value that is not a number. */
    Optional<BigDecimal> number(String key) {
        Optional<String> value = word(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(value.get()));
        } catch (NumberFormatException e) {
            problems.add(at(field(key).orElseThrow()), "bad number '" + value.get() + "' in field '" + key + "'");
            return Optional.empty();
        }
    }

    /** A bilingual field {@code key.zh} / {@code key.en}; reports a missing language. */
    Optional<LocalizedText> bilingual(String key) {
        Optional<String> zh = text(key + ".zh");
        Optional<String> en = text(key + ".en");
        if (zh.isEmpty() || en.isEmpty()) {
            String missing = zh.isEmpty() && en.isEmpty()
                    ? key + ".zh and " + key + ".en"
                    : zh.isEmpty() ? key + ".zh" : key + ".en";
            problems.add(at(), "missing language: no " + missing + " in " + block.id());
            return Optional.empty();
        }
        return Optional.of(new LocalizedText(zh.get(), en.get()));
    }

    /**
     * The keys of variant fields ({@code text.largest.zh}, {@code explain.company+largest.en}): three
     * parts, the first {@code text} or {@code explain}, the last a language.
     */
    List<String> variantKeys() {
        return block.fields().stream()
                .map(Block.Field::key)
                .filter(k -> k.matches("(text|explain)\\.[^.]+\\.(zh|en)"))
                .distinct()
                .toList();
    }

    /** Reports every field that no reader asked for. */
    void reportUnknown(String what) {
        for (Block.Field f : block.fields()) {
            if (!used.contains(f.key())) {
                problems.add(at(f), "unknown field '" + f.key() + "' for " + what);
            }
        }
    }
}
