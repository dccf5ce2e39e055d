package org.quiztrainer.bank.io.gift;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quiztrainer.bank.io.BankFormat;
import org.quiztrainer.bank.io.ExportReport;
import org.quiztrainer.bank.io.ExportRequest;
import org.quiztrainer.bank.io.Format;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportOptions;
import org.quiztrainer.bank.io.ImportSource;
import org.quiztrainer.bank.io.Where;
import org.quiztrainer.bank.io.support.CategoryPath;
import org.quiztrainer.bank.io.support.DocumentBuilder;
import org.quiztrainer.bank.io.support.LineSource;
import org.quiztrainer.bank.io.support.Messages;
import org.quiztrainer.bank.io.support.TextInput;

/**
 * Moodle's GIFT format (reference: Moodle's {@code question/format/gift/format.php}). Questions are blocks of
 * lines separated by blank lines, read one block at a time; a block longer than
 * {@link org.quiztrainer.bank.io.ImportLimits#maxLineChars()} refuses the file.
 */
public final class GiftFormat implements BankFormat {

    @Override
    public Format format() {
        return Format.GIFT;
    }

    /** {@code .gift} is certain; a text with {@code ::name::}, {@code $CATEGORY:} or answer braces likely. */
    @Override
    public int detect(String fileName, byte[] head) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gift")) {
            return 95;
        }
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("#separator:") || text.startsWith("<?xml") || text.contains("<quiz")) {
            return 0;
        }
        int score = 0;
        if (text.contains("$CATEGORY:")) {
            score += 50;
        }
        if (text.matches("(?s).*(^|\\n)\\s*::[^\\n]{1,255}?::.*")) {
            score += 40;
        }
        if (text.matches("(?s).*\\{\\s*(~|=|#|T\\s*}|F\\s*}|TRUE|FALSE).*")) {
            score += 30;
        }
        if (name.endsWith(".txt")) {
            score += 5;
        }
        return Math.min(score, 90);
    }

    @Override
    public ImportDocument read(ImportSource source, ImportOptions options) throws IOException {
        DocumentBuilder doc = new DocumentBuilder(Format.GIFT, options.limits(), true);
        int maxChars = options.limits().maxLineChars();
        List<String> path = List.of();
        LineSource lines = null;
        try (Reader in = TextInput.open(source, options.limits())) {
            lines = new LineSource(in, maxChars);
            List<String> block = new ArrayList<>();
            int start = 0;
            int chars = 0;
            for (String line = lines.next(); ; line = lines.next()) {
                String trimmed = line == null ? "" : line.strip();
                if (!trimmed.isEmpty()) {
                    if (block.isEmpty() || (start == 0 && !trimmed.startsWith("//"))) {
                        start = trimmed.startsWith("//") ? 0 : lines.number();
                    }
                    chars += trimmed.length() + 1;
                    if (chars > maxChars) {
                        throw Messages.refusal(
                                Where.line(start), "import.problem.gift.question-too-long", start, maxChars);
                    }
                    block.add(trimmed);
                } else if (!block.isEmpty()) {
                    path = question(block, start == 0 ? lines.number() : start, path, options, doc);
                    block.clear();
                    chars = 0;
                }
                if (line == null) {
                    break;
                }
            }
        } catch (CharacterCodingException e) {
            doc.problem(Messages.problem(
                    lines == null ? Where.entry(source.fileName()) : Where.line(lines.number() + 1),
                    "import.problem.file.not-utf8"));
        }
        return doc.build();
    }

    private static List<String> question(
            List<String> block, int start, List<String> path, ImportOptions options, DocumentBuilder doc)
            throws IOException {
        GiftParser.Parsed parsed = GiftParser.parse(block);
        if (parsed instanceof GiftParser.Category c) {
            return CategoryPath.parse(c.path());
        } else if (parsed instanceof GiftParser.Broken b) {
            doc.problem(Messages.problem(Where.line(start), b.key()));
        } else if (parsed instanceof GiftParser.Question q) {
            GiftQuestions.add(q, path, start, options, doc);
        }
        return path;
    }

    @Override
    public void write(ExportRequest request, OutputStream out) throws IOException {
        export(request, out);
    }

    @Override
    public ExportReport export(ExportRequest request, OutputStream out) throws IOException {
        return new GiftWriter(request).write(out);
    }
}
