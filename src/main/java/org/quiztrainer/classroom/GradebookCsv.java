package org.quiztrainer.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A gradebook as CSV that Excel opens correctly, Chinese names included: UTF-8 with a byte-order mark,
 * CRLF line ends, RFC 4180 quoting, grades as percentages with two decimals and a full stop.
 */
final class GradebookCsv {

    static final String BOM = "\uFEFF";
    static final String CRLF = "\r\n";

    private GradebookCsv() {
    }

    static String write(Gradebook book, String nameHeader, String usernameHeader) {
        StringBuilder out = new StringBuilder(BOM);
        List<String> header = new ArrayList<>(List.of(nameHeader, usernameHeader));
        book.assignments().forEach(c -> header.add(c.title()));
        line(out, header);
        for (Gradebook.Row row : book.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.displayName(), row.username()));
            row.grades().forEach(g -> cells.add(g == null ? "" : String.format(Locale.ROOT, "%.2f", g * 100)));
            line(out, cells);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
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
    static String quote(String cell) {
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
