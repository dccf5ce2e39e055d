package org.quiztrainer.bank.io.anki;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads delimited records as Anki's text import does (the Rust {@code csv} crate, flexible, no header, {@code #}
 * comments): RFC 4180 quoting ({@code "a ""quoted"" field"}, quoted fields spanning lines), any one-character
 * delimiter, {@code \n}, {@code \r\n} or {@code \r} line ends, blank lines and lines starting with {@code #}
 * skipped. A line or field longer than the limit is not kept: its record comes back marked too long, with
 * its fields cut, so that memory stays bounded whatever the file holds.
 */
final class DelimitedRecords {

    /**
     * One record.
     *
     * @param line    the line it starts on (1-based)
     * @param fields  its fields
     * @param tooLong whether a line or field of it passed the limit (its fields are then incomplete)
     */
    record Record(int line, List<String> fields, boolean tooLong) {}

    private final Reader in;
    private final char delimiter;
    private final int maxChars;
    private int line;
    private int lineChars;
    private int pending = -2;

    /**
     * @param in        the text, positioned at the first record
     * @param delimiter the field delimiter
     * @param maxChars  the longest line or field kept
     * @param firstLine the line number of the first record
     */
    DelimitedRecords(Reader in, char delimiter, int maxChars, int firstLine) {
        this.in = in;
        this.delimiter = delimiter;
        this.maxChars = maxChars;
        this.line = firstLine;
    }

    /** The next record, or {@code null} at the end. */
    Record next() throws IOException {
        while (true) {
            int c = read();
            if (c < 0) {
                return null;
            }
            if (c == '\n' || c == '\r') {
                newline(c);
                continue;
            }
            if (c == '#') {
                skipLine();
                continue;
            }
            unread(c);
            return record();
        }
    }

    private Record record() throws IOException {
        int start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean inQuotes = false;
        boolean tooLong = false;
        while (true) {
            int c = read();
            if (c < 0) {
                fields.add(field.toString());
                return new Record(start, fields, tooLong);
            }
            if (inQuotes) {
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        tooLong |= append(field, '"');
                        continue;
                    }
                    inQuotes = false;
                    unread(n);
                    continue;
                }
                if (c == '\n' || c == '\r') {
                    newline(c);
                    tooLong |= append(field, '\n');
                    continue;
                }
                tooLong |= append(field, (char) c);
            } else if (c == '"' && field.length() == 0 && !quoted) {
                inQuotes = true;
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                quoted = false;
            } else if (c == '\n' || c == '\r') {
                newline(c);
                fields.add(field.toString());
                return new Record(start, fields, tooLong);
            } else {
                tooLong |= append(field, (char) c);
            }
        }
    }

    private boolean append(StringBuilder field, char c) {
        if (field.length() >= maxChars || lineChars > maxChars) {
            return true;
        }
        field.append(c);
        return false;
    }

    private void skipLine() throws IOException {
        int c;
        while ((c = read()) >= 0 && c != '\n' && c != '\r') {
            // a comment: nothing is kept
        }
        if (c >= 0) {
            newline(c);
        }
    }

    private void newline(int c) throws IOException {
        if (c == '\r') {
            int n = read();
            if (n != '\n') {
                unread(n);
            }
        }
        line++;
        lineChars = 0;
    }

    private int read() throws IOException {
        if (pending != -2) {
            int c = pending;
            pending = -2;
            return c;
        }
        int c = in.read();
        if (c >= 0 && c != '\n' && c != '\r') {
            lineChars++;
        }
        return c;
    }

    private void unread(int c) {
        pending = c;
    }
}
