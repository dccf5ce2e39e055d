package org.quiztrainer.bank.io.csv;

import java.util.regex.Pattern;

/**
 * The formula guard of the cells the writer writes, reversible so that a file exported and imported again
 * keeps every text: a cell a spreadsheet would run as a formula (starting with {@code = + - @}, after any
 * apostrophes) gets one more apostrophe in front, and the reader takes one off again. A plain number
 * ({@code -1.5}) is not a formula and is written as it is.
 */
final class CsvCells {

    private static final Pattern FORMULA = Pattern.compile("'*[=+\\-@].*", Pattern.DOTALL);
    private static final Pattern GUARDED = Pattern.compile("'+[=+\\-@].*", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private CsvCells() {}

    /** A cell as written: guarded when it looks like a formula. */
    static String write(String cell) {
        return FORMULA.matcher(cell).matches() && !NUMBER.matcher(cell).matches() ? "'" + cell : cell;
    }

    /** A cell as read: one guarding apostrophe removed. */
    static String read(String cell) {
        return GUARDED.matcher(cell).matches() ? cell.substring(1) : cell;
    }

    /** A cell quoted as RFC 4180 asks when it holds the delimiter, a quote or a line break. */
    static String quote(String cell) {
        String c = write(cell);
        if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
            return "\"" + c.replace("\"", "\"\"") + "\"";
        }
        return c;
    }
}
