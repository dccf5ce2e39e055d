package org.quiztrainer.progress;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.quiztrainer.shell.ExcelCsv;

/**
 * The class matrix as CSV that Excel opens correctly ({@link ExcelCsv}): UTF-8 with a byte-order mark,
 * CRLF line ends, RFC 4180 quoting, recall as percentages with two decimals and a full stop, times in UTC.
 */
public final class MatrixCsv {

    private MatrixCsv() {}

    /**
     * Writes the matrix; {@code label} translates the header keys {@code progress.class.csv.*} and
     * {@code topic} names each topic column in the reader's language.
     */
    public static String write(
            ClassProgress matrix, Function<String, String> label, Function<TopicMastery, String> topic) {
        StringBuilder out = new StringBuilder(ExcelCsv.BOM);
        List<String> header = new ArrayList<>(
                List.of(label.apply("progress.class.csv.name"), label.apply("progress.class.csv.username")));
        for (TopicMastery t : matrix.topics()) {
            header.add(topic.apply(t) + " · " + label.apply("progress.class.csv.now"));
            header.add(topic.apply(t) + " · " + label.apply("progress.class.csv.week"));
        }
        header.addAll(List.of(
                label.apply("progress.class.csv.assigned"),
                label.apply("progress.class.csv.last"),
                label.apply("progress.class.csv.answers"),
                label.apply("progress.class.csv.risk")));
        ExcelCsv.line(out, header);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
        for (LearnerProgress l : matrix.learners()) {
            List<String> cells = new ArrayList<>(List.of(l.displayName(), l.username()));
            for (int i = 0; i < l.recallNow().size(); i++) {
                cells.add(percent(l.recallNow().get(i)));
                cells.add(percent(l.recallWeek().get(i)));
            }
            cells.add(percent(l.assignedRecall()));
            cells.add(l.lastAnswer() == null ? "" : time.format(l.lastAnswer()));
            cells.add(String.valueOf(l.answersWeek()));
            cells.add(l.atRisk() ? label.apply("progress.class.csv.yes") : "");
            ExcelCsv.line(out, cells);
        }
        return out.toString();
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "" : String.format(Locale.ROOT, "%.2f", share * 100);
    }
}
