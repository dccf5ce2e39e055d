package org.quiztrainer.bank.io;

/**
 * Where in a file something is: a line of a text format, or an entry of a package (a note, a card, a zip
 * entry, an XML question). Shown to the user beside every problem and every skipped item.
 *
 * @param line  the 1-based line, or 0 when the format has no lines
 * @param entry what the entry is, e.g. {@code note 1514832112 card 2} or {@code media/17}; empty for a line
 */
public record Where(int line, String entry) {

    public Where {
        entry = entry == null ? "" : entry;
        if (line < 0 || (line == 0 && entry.isEmpty())) {
            throw new IllegalArgumentException("a place needs a line or an entry");
        }
    }

    /** A line of a text file. */
    public static Where line(int line) {
        return new Where(line, "");
    }

    /** An entry of a package or an XML file, optionally with the line it starts on. */
    public static Where entry(String entry) {
        return new Where(0, entry);
    }

    @Override
    public String toString() {
        if (entry.isEmpty()) {
            return "line " + line;
        }
        return line > 0 ? entry + " (line " + line + ")" : entry;
    }
}
