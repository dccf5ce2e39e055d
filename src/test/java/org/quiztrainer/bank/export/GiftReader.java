package org.quiztrainer.bank.export;

import java.util.ArrayList;
import java.util.List;

/** A reader of the GIFT that {@link GiftWriter} writes, to check the export by parsing it back. */
public final class GiftReader {

    /** One answer line: {@code =text}, {@code ~text}, {@code ~%weight%text} or {@code =left -> right}. */
    public record Answer(boolean right, String weight, String text, String match) {}

    public record GiftQuestion(
            String category, String title, String text, String body, List<Answer> answers, String feedback) {}

    private GiftReader() {}

    public static List<GiftQuestion> read(String gift) {
        List<GiftQuestion> out = new ArrayList<>();
        String category = null;
        for (String chunk : gift.split("\n\n", -1)) {
            String c = chunk.strip();
            if (c.startsWith("//") || c.isEmpty()) {
                continue;
            }
            if (c.startsWith("$CATEGORY:")) {
                category = c.substring("$CATEGORY:".length()).strip();
                continue;
            }
            int titleEnd = unescaped(c, "::", 2);
            int open = unescaped(c, "{", titleEnd);
            String body = c.substring(open + 1, c.length() - 1);
            int fb = unescaped(body, "####", 0);
            String answers = fb < 0 ? body : body.substring(0, fb);
            String feedback = fb < 0 ? null : unescape(body.substring(fb + 4).strip());
            out.add(new GiftQuestion(
                    category,
                    unescape(c.substring(2, titleEnd)),
                    unescape(c.substring(titleEnd + 2, open).strip()),
                    answers.strip(),
                    answers(answers),
                    feedback));
        }
        return out;
    }

    private static List<Answer> answers(String block) {
        List<Answer> out = new ArrayList<>();
        for (String line : block.split("\n", -1)) {
            String l = line.strip();
            if (l.isEmpty() || (l.charAt(0) != '=' && l.charAt(0) != '~')) {
                continue;
            }
            String rest = l.substring(1);
            String weight = null;
            if (rest.startsWith("%")) {
                weight = rest.substring(1, rest.indexOf('%', 1));
                rest = rest.substring(rest.indexOf('%', 1) + 1);
            }
            int arrow = rest.indexOf(" -> ");
            String match = arrow < 0 ? null : unescape(rest.substring(arrow + 4));
            String text = unescape(arrow < 0 ? rest : rest.substring(0, arrow));
            out.add(new Answer(l.charAt(0) == '=', weight, text, match));
        }
        return out;
    }

    /** The index of the first {@code token} at or after {@code from} not preceded by a backslash. */
    private static int unescaped(String s, String token, int from) {
        for (int i = from; i <= s.length() - token.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.startsWith(token, i)) {
                return i;
            }
        }
        return -1;
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
