package org.quiztrainer.bank.io.support;

import java.io.IOException;
import java.io.Reader;
import org.quiztrainer.bank.io.Where;

/**
 * The lines of a text, read one at a time and never longer than a limit: a line past it refuses the file
 * as soon as the limit is passed, so that a 10 MB line (or a 1 GB file without line breaks) is never held in
 * memory. A line ends at {@code \n}, {@code \r\n} or {@code \r}.
 */
public final class LineSource {

    private final Reader in;
    private final int maxChars;
    private final StringBuilder line = new StringBuilder();
    private int number;
    private int pushedBack = -2;

    public LineSource(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line without its end, or {@code null} at the end of the text. */
    public String next() throws IOException {
        line.setLength(0);
        int c = read();
        if (c < 0) {
            return null;
        }
        number++;
        while (c >= 0 && c != '\n' && c != '\r') {
            if (line.length() >= maxChars) {
                throw Messages.refusal(Where.line(number), "import.problem.file.line-too-long", number, maxChars);
            }
            line.append((char) c);
            c = read();
        }
        if (c == '\r') {
            int d = read();
            if (d != '\n') {
                pushedBack = d;
            }
        }
        return line.toString();
    }

    /** The 1-based number of the line {@link #next()} returned last. */
    public int number() {
        return number;
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
