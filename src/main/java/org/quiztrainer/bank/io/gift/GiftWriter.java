package org.quiztrainer.bank.io.gift;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.io.ExportNote;
import org.quiztrainer.bank.io.ExportReport;
import org.quiztrainer.bank.io.ExportRequest;
import org.quiztrainer.bank.io.support.CategoryPath;
import org.quiztrainer.bank.io.support.ExportTopics;
import org.quiztrainer.bank.io.support.Html;
import org.quiztrainer.bank.io.support.Messages;

/**
 * Writes GIFT in the request's language, as Moodle writes it: {@code $CATEGORY:} per topic (under the
 * bank's title), {@code // [tag:...]} comments, {@code ::identity::} names, {@code [html]} for HTML
 * questions, the explanation as general feedback ({@code ####}). What GIFT has no type for is written as
 * the nearest type, with a note (see {@link GiftShapes}).
 */
final class GiftWriter {

    private final ExportRequest request;
    private final ExportTopics topics;
    private final List<ExportNote> notes = new ArrayList<>();

    GiftWriter(ExportRequest request) {
        this.request = request;
        this.topics = new ExportTopics(request);
    }

    ExportReport write(OutputStream stream) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        out.write("// " + oneLine(request.title()) + "\n\n");
        String category = null;
        int written = 0;
        GiftShapes shapes =
                new GiftShapes(request.locale(), (e, key, args) -> notes.add(Messages.export(e.identity(), key, args)));
        for (ExportRequest.Entry e : request.questions()) {
            Optional<GiftShapes.Shape> shape = shapes.shape(e);
            if (shape.isEmpty()) {
                continue;
            }
            String next = CategoryPath.format(path(e.question()));
            if (!next.equals(category)) {
                category = next;
                out.write("$CATEGORY: " + oneLine(category) + "\n\n");
            }
            out.write(question(e, shape.get()));
            written++;
        }
        out.flush();
        return new ExportReport(written, notes);
    }

    private List<String> path(Question q) {
        List<String> path = new ArrayList<>();
        if (!request.title().isBlank()) {
            path.add(request.title());
        }
        path.addAll(topics.path(q.topicId()));
        return path;
    }

    private static String question(ExportRequest.Entry e, GiftShapes.Shape s) {
        StringBuilder out = new StringBuilder();
        if (!e.question().tags().isEmpty()) {
            out.append("//");
            e.question()
                    .tags()
                    .forEach(t -> out.append(" [tag:")
                            .append(oneLine(t).replace("]", "\\]"))
                            .append(']'));
            out.append('\n');
        }
        if (e.question().content() instanceof QuestionContent.Ordering) {
            out.append("// ").append(GiftParser.ORDERING).append('\n');
        }
        out.append("::").append(GiftEscapes.escape(e.identity())).append("::");
        out.append(e.html() ? "[html]" : plainPrefix(s.before() + s.after()));
        out.append(GiftEscapes.escape(s.before()));
        if (s.answers().isEmpty()) {
            out.append('{');
            if (!s.general().isBlank()) {
                out.append("####").append(part(s.general(), e.html()));
            }
            out.append('}');
        } else {
            out.append('{').append(s.answers());
            if (!s.general().isBlank()) {
                out.append("\n\t####").append(part(s.general(), e.html()));
            }
            out.append("\n}");
        }
        out.append(GiftEscapes.escape(s.after()));
        return out.append("\n\n").toString();
    }

    /**
     * A text inside the answers, escaped, with a format prefix where it would otherwise be misread: one that
     * starts with {@code [} (a format name) gets its own prefix; a plain text with markup gets {@code [plain]}.
     */
    static String part(String text, boolean html) {
        String prefix = html ? (text.startsWith("[") ? "[html]" : "") : plainPrefix(text);
        return prefix + GiftEscapes.escape(text);
    }

    /** {@code [plain]} where a plain text would otherwise be read as HTML or start with a format name. */
    static String plainPrefix(String text) {
        return text.startsWith("[") || Html.hasMarkup(text) ? "[plain]" : "";
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }
}
