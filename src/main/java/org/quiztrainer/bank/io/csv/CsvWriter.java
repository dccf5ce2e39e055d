package org.quiztrainer.bank.io.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.io.ExportReport;
import org.quiztrainer.bank.io.ExportRequest;
import org.quiztrainer.bank.io.support.CategoryPath;
import org.quiztrainer.bank.io.support.ExportTopics;

/**
 * Writes the question CSV as Excel opens it: UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting, formula
 * cells guarded ({@link CsvCells}). Both languages, every type: nothing is lost, so the report has no notes.
 */
final class CsvWriter {

    private final ExportRequest request;
    private final ExportTopics topics;

    CsvWriter(ExportRequest request) {
        this.request = request;
        this.topics = new ExportTopics(request);
    }

    ExportReport write(OutputStream stream) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        boolean html = request.questions().stream().anyMatch(ExportRequest.Entry::html);
        List<String> header = html ? CsvColumns.ALL : CsvColumns.ALL.subList(0, CsvColumns.ALL.size() - 1);
        out.write('\uFEFF');
        line(out, header);
        for (ExportRequest.Entry e : request.questions()) {
            List<String> cells = cells(e.identity(), e.question());
            if (html) {
                cells.add(e.html() ? "true" : "");
            }
            line(out, cells);
        }
        out.flush();
        return new ExportReport(request.questions().size(), List.of());
    }

    private List<String> cells(String identity, Question q) {
        Cells c = new Cells(q.text());
        String answer = "";
        String choices = "";
        QuestionContent content = q.content();
        if (content instanceof QuestionContent.Flashcard f) {
            answer = c.value(f.back());
        } else if (content instanceof QuestionContent.SingleChoice s) {
            choices = c.values(
                    s.choices().stream().map(QuestionContent.Choice::text).toList());
            answer = c.values(s.choices().stream()
                    .filter(QuestionContent.Choice::correct)
                    .map(QuestionContent.Choice::text)
                    .toList());
        } else if (content instanceof QuestionContent.MultipleChoice m) {
            choices = c.values(
                    m.choices().stream().map(QuestionContent.Choice::text).toList());
            answer = c.values(m.choices().stream()
                    .filter(QuestionContent.Choice::correct)
                    .map(QuestionContent.Choice::text)
                    .toList());
        } else if (content instanceof QuestionContent.TrueFalse t) {
            answer = Boolean.toString(t.answer());
        } else if (content instanceof QuestionContent.ShortAnswer a) {
            answer = c.accepted(a);
        } else if (content instanceof QuestionContent.Numeric n) {
            answer = n.answer().toPlainString()
                    + (n.tolerance().signum() == 0 ? "" : " ± " + n.tolerance().toPlainString())
                    + (n.unit() == null ? "" : " " + n.unit());
        } else if (content instanceof QuestionContent.Ordering o) {
            choices = c.values(o.items());
        } else if (content instanceof QuestionContent.Matching m) {
            choices = m.pairs().stream()
                    .map(p -> c.value(p.left()) + " => " + c.value(p.right()))
                    .collect(Collectors.joining(" | "));
        } else if (content instanceof QuestionContent.Cloze z) {
            answer = "c" + z.number() + (z.typed() ? " typed" : "");
        }
        List<String> cells = new ArrayList<>(List.of(
                identity,
                q.type().code(),
                CategoryPath.join(topics.path(q.topicId())),
                q.tags().stream().map(t -> t.replace(',', ' ')).collect(Collectors.joining(", ")),
                q.text().zh(),
                q.text().en(),
                answer,
                choices,
                q.explanation().zh(),
                q.explanation().en()));
        return cells;
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(CsvCells.quote(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** Values written for one row: one text where the row's languages have the same, else {@code zh || en}. */
    private record Cells(LocalizedText text) {

        String value(LocalizedText t) {
            String zh = CsvValues.escape(t.zh());
            String en = CsvValues.escape(t.en());
            if (t.zh().equals(t.en()) || (onlyZh() && !t.hasEn())) {
                return zh;
            }
            if (onlyEn() && !t.hasZh()) {
                return en;
            }
            return zh + " || " + en;
        }

        String values(List<LocalizedText> items) {
            return items.stream().map(this::value).collect(Collectors.joining(" | "));
        }

        String accepted(QuestionContent.ShortAnswer a) {
            String zh = a.acceptZh().stream().map(CsvValues::escape).collect(Collectors.joining(" | "));
            String en = a.acceptEn().stream().map(CsvValues::escape).collect(Collectors.joining(" | "));
            if (a.acceptZh().equals(a.acceptEn()) || (onlyZh() && a.acceptEn().isEmpty())) {
                return zh;
            }
            if (onlyEn() && a.acceptZh().isEmpty()) {
                return en;
            }
            return zh + " || " + en;
        }

        private boolean onlyZh() {
            return text.hasZh() && !text.hasEn();
        }

        private boolean onlyEn() {
            return text.hasEn() && !text.hasZh();
        }
    }
}
