package org.quiztrainer.srs.optimizer;

/** A review-log CSV that cannot be read: the message says the line, the column and what is wrong. */
public class RevlogFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    RevlogFormatException(int line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    /** The 1-based line number of the problem. */
    public int line() {
        return line;
    }
}
