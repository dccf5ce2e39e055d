package org.quiztrainer.bank.io.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.quiztrainer.bank.io.ImportProblem;
import org.quiztrainer.bank.io.Where;
import org.quiztrainer.bank.io.support.Messages;

/**
 * The header of a question CSV: the columns by name, in any order and any case. {@code type} and one of
 * {@code text_zh}, {@code text_en} are required; an unknown or repeated column is a problem (a typo would
 * otherwise lose a column silently).
 */
final class CsvColumns {

    /** Every column, in the order the writer writes them ({@code html} only when a question is HTML). */
    static final List<String> ALL = List.of(
            "id",
            "type",
            "topic",
            "tags",
            "text_zh",
            "text_en",
            "answer",
            "choices",
            "explain_zh",
            "explain_en",
            "html");

    private final Map<String, Integer> index;
    private final int width;

    private CsvColumns(Map<String, Integer> index, int width) {
        this.index = index;
        this.width = width;
    }

    /** The columns of a header record, or the problem with it. */
    static Object of(List<String> header, int line) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty() && i == header.size() - 1 && i > 0) {
                continue;
            }
            if (!ALL.contains(name)) {
                return problem(
                        line, "import.problem.csv.unknown-column", header.get(i).strip());
            }
            if (index.put(name, i) != null) {
                return problem(line, "import.problem.csv.repeated-column", name);
            }
        }
        if (!index.containsKey("type")) {
            return problem(line, "import.problem.csv.missing-column", "type");
        }
        if (!index.containsKey("text_zh") && !index.containsKey("text_en")) {
            return problem(line, "import.problem.csv.missing-column", "text_zh / text_en");
        }
        return new CsvColumns(index, header.size());
    }

    /** The cell of a column in a record, stripped; empty when the column or the cell is missing. */
    String get(List<String> record, String column) {
        Integer i = index.get(column);
        return i == null || i >= record.size()
                ? ""
                : CsvCells.read(record.get(i)).strip();
    }

    /** Whether the header has a column. */
    boolean has(String column) {
        return index.containsKey(column);
    }

    /** The 1-based number of the first cell beyond the header that holds something, if any. */
    Optional<Integer> extra(List<String> record) {
        for (int i = width; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    private static ImportProblem problem(int line, String key, String arg) {
        return Messages.problem(Where.line(line), key, arg);
    }
}
