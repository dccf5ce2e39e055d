package org.quiztrainer.bank.io.gift;

/**
 * GIFT's escapes, as Moodle reads them: {@code \\} is a backslash, {@code \: \# \= \{ \} \~} are those
 * characters without their meaning, {@code \n} is a line break; any other backslash stays as it is.
 * Escaped characters are held as Unicode noncharacters while the question is taken apart (so that no rule
 * sees them) and restored by {@link #restore}.
 */
final class GiftEscapes {

    private static final String SPECIAL = ":#={}~";
    private static final char FIRST = '\uFDD0';
    private static final char NEWLINE = '\uFDD6';

    private GiftEscapes() {}

    /** The text with its escapes replaced by placeholders. */
    static String hide(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(i + 1);
            int special = SPECIAL.indexOf(next);
            if (next == '\\') {
                out.append('\\');
                i++;
            } else if (special >= 0) {
                out.append((char) (FIRST + special));
                i++;
            } else if (next == 'n') {
                out.append(NEWLINE);
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The text with its placeholders back as the characters they stand for. */
    static String restore(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == NEWLINE) {
                out.append('\n');
            } else if (c >= FIRST && c < FIRST + SPECIAL.length()) {
                out.append(SPECIAL.charAt(c - FIRST));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A text written for GIFT: the special characters and the backslash escaped, line breaks as {@code \n}. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
