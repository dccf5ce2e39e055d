package org.quiztrainer.bank.io.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.quiztrainer.bank.io.BankFormat;
import org.quiztrainer.bank.io.ExportReport;
import org.quiztrainer.bank.io.ExportRequest;
import org.quiztrainer.bank.io.Format;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportOptions;
import org.quiztrainer.bank.io.ImportProblem;
import org.quiztrainer.bank.io.ImportSource;
import org.quiztrainer.bank.io.Where;
import org.quiztrainer.bank.io.support.DocumentBuilder;
import org.quiztrainer.bank.io.support.Messages;
import org.quiztrainer.bank.io.support.TextInput;

/**
 * The question CSV ({@code id,type,topic,tags,text_zh,text_en,answer,choices,explain_zh,explain_en}, see
 * docs/import-formats.md): UTF-8 with or without a byte-order mark (UTF-16 with one), RFC 4180, comma
 * separated or, as Excel writes it in some locales, semicolon or tab separated (told by the header line).
 * Read record by record; identity is the {@code id} column, and a repeated id is a problem.
 */
public final class CsvFormat implements BankFormat {

    @Override
    public Format format() {
        return Format.CSV;
    }

    /** Certain when the first line is our header; likely for any {@code .csv}. */
    @Override
    public int detect(String fileName, byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int end = text.indexOf('\n');
        String first = (end < 0 ? text : text.substring(0, end)).toLowerCase(Locale.ROOT);
        boolean header = first.contains("type") && (first.contains("text_en") || first.contains("text_zh"));
        if (header) {
            return 96;
        }
        return fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? 40 : 0;
    }

    @Override
    public ImportDocument read(ImportSource source, ImportOptions options) throws IOException {
        DocumentBuilder doc = new DocumentBuilder(Format.CSV, options.limits(), false);
        int line = 1;
        try (BufferedReader in = TextInput.open(source, options.limits())) {
            CsvRecordReader records =
                    new CsvRecordReader(in, delimiter(in), options.limits().maxLineChars());
            CsvColumns columns = null;
            for (CsvRecordReader.CsvRecord r = records.next(); r != null; r = records.next()) {
                line = r.line();
                if (r.fields().stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (columns == null) {
                    Object header = CsvColumns.of(r.fields(), r.line());
                    if (header instanceof ImportProblem p) {
                        doc.problem(p);
                        return doc.build();
                    }
                    columns = (CsvColumns) header;
                    continue;
                }
                if (columns.extra(r.fields()).isPresent()) {
                    doc.problem(Messages.problem(
                            Where.line(r.line()),
                            "import.problem.csv.extra-cell",
                            columns.extra(r.fields()).get()));
                    continue;
                }
                CsvRows.add(new CsvRow(columns, r.fields(), r.line()), doc);
            }
            if (columns == null) {
                doc.problem(Messages.problem(Where.line(1), "import.problem.csv.no-header"));
            }
        } catch (CsvRecordReader.UnterminatedQuote e) {
            doc.problem(Messages.problem(Where.line(e.line), "import.problem.csv.unterminated-quote", e.line));
        } catch (CharacterCodingException e) {
            doc.problem(Messages.problem(Where.line(line), "import.problem.file.not-utf8"));
        }
        return doc.build();
    }

    /** The delimiter of the header line: the most frequent of comma, semicolon and tab (comma on a tie). */
    private static char delimiter(BufferedReader in) throws IOException {
        in.mark(8192);
        char[] buf = new char[8192];
        int n = in.read(buf);
        in.reset();
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        for (int i = 0; i < Math.max(n, 0) && buf[i] != '\n' && buf[i] != '\r'; i++) {
            switch (buf[i]) {
                case ',' -> comma++;
                case ';' -> semicolon++;
                case '\t' -> tab++;
                default -> {}
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        return tab > comma ? '\t' : ',';
    }

    @Override
    public void write(ExportRequest request, OutputStream out) throws IOException {
        export(request, out);
    }

    @Override
    public ExportReport export(ExportRequest request, OutputStream out) throws IOException {
        return new CsvWriter(request).write(out);
    }

    /** The columns of the header, in the order written. */
    public static List<String> columns() {
        return CsvColumns.ALL;
    }
}
