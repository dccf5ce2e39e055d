package org.quiztrainer.bank.io.quizlet;

import java.io.IOException;
import java.io.Reader;
import org.quiztrainer.bank.io.Where;
import org.quiztrainer.bank.io.support.Messages;

/**
 * The cards of a Quizlet export, one at a time: the text up to the next card separator (a newline, which
 * also ends at CRLF, or any string the user names), never longer than a limit.
 */
final class CardReader {

    /** A card's text and the line it starts on. */
    record Card(String text, int line) {}

    private final Reader in;
    private final String separator;
    private final int maxChars;
    private final boolean newline;
    private int line = 1;
    private boolean done;

    CardReader(Reader in, String separator, int maxChars) {
        this.in = in;
        this.separator = separator;
        this.maxChars = maxChars;
        this.newline = separator.equals("\n");
    }

    /** The next card's raw text (not trimmed), or {@code null} at the end. */
    Card next() throws IOException {
        if (done) {
            return null;
        }
        StringBuilder card = new StringBuilder();
        int start = line;
        while (true) {
            int c = in.read();
            if (c < 0) {
                done = true;
                return card.length() == 0 ? null : new Card(card.toString(), start);
            }
            if (c == '\n') {
                line++;
            }
            card.append((char) c);
            if (endsWithSeparator(card)) {
                card.setLength(card.length() - separator.length());
                if (newline && card.length() > 0 && card.charAt(card.length() - 1) == '\r') {
                    card.setLength(card.length() - 1);
                }
                return new Card(card.toString(), start);
            }
            if (card.length() > maxChars) {
                throw Messages.refusal(Where.line(start), "import.problem.quizlet.card-too-long", start, maxChars);
            }
        }
    }

    private boolean endsWithSeparator(StringBuilder card) {
        int n = separator.length();
        if (card.length() < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (card.charAt(card.length() - n + i) != separator.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
