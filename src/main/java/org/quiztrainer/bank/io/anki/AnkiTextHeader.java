package org.quiztrainer.bank.io.anki;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The header lines of an Anki text export, as Anki's {@code text/csv/metadata.rs} reads them: {@code #separator:}
 * (a name such as {@code tab} or the character), {@code #html:}, {@code #tags:} (added to every note),
 * {@code #columns:} (column names, in the file's delimiter), {@code #notetype:}, {@code #deck:}, and the 1-based
 * {@code #notetype column:}, {@code #deck column:}, {@code #tags column:}, {@code #guid column:}. A first line
 * {@code tags:...} is the old form of {@code #tags:}. Unknown keys are ignored, as Anki does.
 */
final class AnkiTextHeader {

    /** Anki's delimiters by name, in the order its detection tries them. */
    static final Map<String, Character> DELIMITERS = orderedDelimiters();

    Character delimiter;
    Boolean html;
    final List<String> tags = new ArrayList<>();
    String columnsLine;
    String notetype;
    String deck;
    int notetypeColumn;
    int deckColumn;
    int tagsColumn;
    int guidColumn;

    /** Reads one header line (without its line end); false when it is not a header line. */
    boolean read(String line, boolean first) {
        if (first && line.startsWith("tags:")) {
            addTags(line.substring(5));
            return true;
        }
        if (!line.startsWith("#")) {
            return false;
        }
        int colon = line.indexOf(':');
        if (colon < 0) {
            return true;
        }
        String key = line.substring(1, colon).strip().toLowerCase(Locale.ROOT);
        String value = line.substring(colon + 1);
        switch (key) {
            case "separator" -> delimiter = delimiter(value).orElse(delimiter);
            case "html" -> html = bool(value).orElse(html);
            case "tags" -> addTags(value);
            case "columns" -> columnsLine = value;
            case "notetype" -> notetype = value.strip();
            case "deck" -> deck = value.strip();
            case "notetype column" -> notetypeColumn = column(value, notetypeColumn);
            case "deck column" -> deckColumn = column(value, deckColumn);
            case "tags column" -> tagsColumn = column(value, tagsColumn);
            case "guid column" -> guidColumn = column(value, guidColumn);
            default -> {
                // other keys (match scope, if matches) concern Anki's own duplicate handling
            }
        }
        return true;
    }

    /** The columns that are not note fields. */
    List<Integer> metaColumns() {
        List<Integer> out = new ArrayList<>();
        for (int c : new int[] {notetypeColumn, deckColumn, tagsColumn, guidColumn}) {
            if (c > 0) {
                out.add(c);
            }
        }
        return out;
    }

    private void addTags(String value) {
        for (String t : value.strip().split("\\s+")) {
            if (!t.isEmpty()) {
                tags.add(t);
            }
        }
    }

    static Optional<Character> delimiter(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (DELIMITERS.containsKey(v)) {
            return Optional.of(DELIMITERS.get(v));
        }
        String raw = value.replace("\r", "");
        if (!raw.isEmpty()
                && DELIMITERS.containsValue(raw.charAt(0))
                && (raw.length() == 1 || !Character.isLetterOrDigit(raw.charAt(1)))) {
            return Optional.of(raw.charAt(0));
        }
        return Optional.empty();
    }

    private static Optional<Boolean> bool(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.equals("true") ? Optional.of(true) : v.equals("false") ? Optional.of(false) : Optional.empty();
    }

    private static int column(String value, int previous) {
        String digits = value.strip().replaceAll("[^0-9].*$", "");
        try {
            return digits.isEmpty() ? previous : Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return previous;
        }
    }

    private static Map<String, Character> orderedDelimiters() {
        Map<String, Character> m = new java.util.LinkedHashMap<>();
        m.put("tab", '\t');
        m.put("pipe", '|');
        m.put("semicolon", ';');
        m.put("colon", ':');
        m.put("comma", ',');
        m.put("space", ' ');
        return java.util.Collections.unmodifiableMap(m);
    }
}
