package org.quiztrainer.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quiztrainer.shell.ExcelCsv;

/**
 * A gradebook as CSV that Excel opens correctly ({@link ExcelCsv}): UTF-8 with a byte-order mark,
 * CRLF line ends, RFC 4180 quoting, grades as percentages with two decimals and a full stop.
 */
final class GradebookCsv {

    private GradebookCsv() {}

    static String write(Gradebook book, String nameHeader, String usernameHeader) {
        StringBuilder out = new StringBuilder(ExcelCsv.BOM);
        List<String> header = new ArrayList<>(List.of(nameHeader, usernameHeader));
        book.assignments().forEach(c -> header.add(c.title()));
        ExcelCsv.line(out, header);
        for (Gradebook.Row row : book.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.displayName(), row.username()));
            row.grades().forEach(g -> cells.add(g == null ? "" : String.format(Locale.ROOT, "%.2f", g * 100)));
            ExcelCsv.line(out, cells);
        }
        return out.toString();
    }
}
