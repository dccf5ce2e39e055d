package org.quiztrainer.bank.io.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The small syntax inside the {@code answer} and {@code choices} cells: {@code |} separates the items of a
 * list, {@code ||} the Chinese side of a value from its English side, {@code =>} the two sides of a matching
 * pair; a backslash makes the next {@code | = \} literal ({@code \|}, {@code \=>}, {@code \\}). Items and
 * sides are trimmed.
 */
final class CsvValues {

    /** A token of a cell: text (escapes resolved) or one of the separators. */
    sealed interface Token {}

    record Text(String text) implements Token {}

    enum Separator implements Token {
        BAR,
        DOUBLE_BAR,
        ARROW
    }

    /** A value in one language or both: {@code zh} null when the value gives one text for every language. */
    record Value(String zh, String en, boolean both) {
        static Value of(String text) {
            return new Value(text, text, false);
        }
    }

    private CsvValues() {}

    /** The tokens of a cell. */
    static List<Token> tokens(String cell) {
        List<Token> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            char next = i + 1 < cell.length() ? cell.charAt(i + 1) : 0;
            if (c == '\\' && (next == '|' || next == '=' || next == '\\')) {
                text.append(next);
                i++;
            } else if (c == '|' || (c == '=' && next == '>')) {
                flush(out, text);
                if (c == '=') {
                    out.add(Separator.ARROW);
                    i++;
                } else if (next == '|') {
                    out.add(Separator.DOUBLE_BAR);
                    i++;
                } else {
                    out.add(Separator.BAR);
                }
            } else {
                text.append(c);
            }
        }
        flush(out, text);
        return out;
    }

    /** Splits tokens on a separator; other separators stay in the pieces. */
    static List<List<Token>> split(List<Token> tokens, Separator on) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> piece = new ArrayList<>();
        for (Token t : tokens) {
            if (t == on) {
                out.add(piece);
                piece = new ArrayList<>();
            } else {
                piece.add(t);
            }
        }
        out.add(piece);
        return out;
    }

    /**
     * A value: one text, or {@code zh || en}; empty when it has more than two sides. An arrow inside is
     * text.
     */
    static Optional<Value> value(List<Token> tokens) {
        List<List<Token>> sides = split(tokens, Separator.DOUBLE_BAR);
        if (sides.size() > 2) {
            return Optional.empty();
        }
        if (sides.size() == 1) {
            return Optional.of(Value.of(text(sides.get(0))));
        }
        return Optional.of(new Value(text(sides.get(0)), text(sides.get(1)), true));
    }

    /** The text of tokens, with any separator written back as it was, trimmed. */
    static String text(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        for (Token t : tokens) {
            if (t instanceof Text x) {
                out.append(x.text());
            } else if (t == Separator.BAR) {
                out.append('|');
            } else if (t == Separator.DOUBLE_BAR) {
                out.append("||");
            } else {
                out.append("=>");
            }
        }
        return out.toString().strip();
    }

    /** A text written into a cell so that it reads back as itself. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '|' || (c == '=' && i + 1 < text.length() && text.charAt(i + 1) == '>')) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static void flush(List<Token> out, StringBuilder text) {
        if (text.length() > 0) {
            out.add(new Text(text.toString()));
            text.setLength(0);
        }
    }
}
