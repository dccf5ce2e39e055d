package org.quiztrainer.shell;

import java.util.List;

/**
 * CSV that Excel opens correctly, Chinese names included: UTF-8 with a byte-order mark, CRLF line ends,
 * RFC 4180 quoting, and no cell a spreadsheet would run as a formula.
 */
public final class ExcelCsv {

    /** The byte-order mark Excel needs to read the file as UTF-8. */
    public static final String BOM = "\uFEFF";

    public static final String CRLF = "\r\n";

    private ExcelCsv() {}

    /** Appends one line of cells, quoted as {@link #quote} says, ended by CRLF. */
    public static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(cells.get(i)));
        }
        out.append(CRLF);
    }

    /**
     * A cell, quoted when it holds a comma, quote or line break (quotes doubled); a leading {@code = + - @}
     * is prefixed with an apostrophe so a spreadsheet never runs a name as a formula.
     */
    public static String quote(String cell) {
        String c = cell;
        if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0) {
            c = "'" + c;
        }
        if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
            return "\"" + c.replace("\"", "\"\"") + "\"";
        }
        return c;
    }
}
