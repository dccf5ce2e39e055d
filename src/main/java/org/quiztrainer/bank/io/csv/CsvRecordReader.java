package org.quiztrainer.bank.io.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.quiztrainer.bank.io.Where;
import org.quiztrainer.bank.io.support.Messages;

/**
 * RFC 4180 records read one at a time from a stream, as Excel writes them: fields separated by a delimiter,
 * a field in double quotes may hold delimiters, line breaks and doubled quotes; records end at CRLF, LF or
 * CR (inside a quoted cell every line break reads as LF). A record longer than the limit refuses the file as soon as it is passed. Lenient where Excel is: a
 * quote inside an unquoted field, or text after a closing quote, is kept as text.
 */
final class CsvRecordReader {

    /** A record: its fields and the line it starts on. */
    record CsvRecord(List<String> fields, int line) {}

    /** The file ended inside a quoted field that started on {@code line}. */
    static final class UnterminatedQuote extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;

        UnterminatedQuote(int line) {
            super("unterminated quote from line " + line);
            this.line = line;
        }
    }

    private final Reader in;
    private final char delimiter;
    private final int maxChars;
    private int line = 1;
    private int pushedBack = -2;

    CsvRecordReader(Reader in, char delimiter, int maxChars) {
        this.in = in;
        this.delimiter = delimiter;
        this.maxChars = maxChars;
    }

    /** The next record, or {@code null} at the end. Blank lines are records of one empty field. */
    CsvRecord next() throws IOException, UnterminatedQuote {
        int c = read();
        if (c < 0) {
            return null;
        }
        int start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int chars = 0;
        boolean quoted = false;
        while (true) {
            if (c < 0) {
                if (quoted) {
                    throw new UnterminatedQuote(start);
                }
                fields.add(field.toString());
                return new CsvRecord(fields, start);
            }
            if (++chars > maxChars) {
                throw Messages.refusal(Where.line(start), "import.problem.csv.record-too-long", start, maxChars);
            }
            if (quoted) {
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = d;
                        continue;
                    }
                } else if (c == '\r') {
                    if (peekNotNewline()) {
                        line++;
                        field.append('\n');
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    int d = read();
                    if (d != '\n') {
                        pushedBack = d;
                    }
                }
                line++;
                fields.add(field.toString());
                return new CsvRecord(fields, start);
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    /** Whether the character after a CR (inside quotes) is not LF, so that CRLF counts as one line. */
    private boolean peekNotNewline() throws IOException {
        int d = read();
        pushedBack = d;
        return d != '\n';
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }
}
