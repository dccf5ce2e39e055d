package org.quiztrainer.bank.io.moodle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moodle's embedded-answers (Cloze) syntax in a question text: {@code {weight:TYPE:answers}}, answers
 * separated by {@code ~}, each {@code =answer} (100%), {@code %n%answer} or {@code answer} (0%), with an
 * optional {@code #feedback}; a numerical answer is {@code value:tolerance}. Inside, {@code \} \~ \# \/ \" \\}
 * are literal.
 */
final class ClozeSyntax {

    enum Kind {
        SHORT,
        NUMBER,
        CHOICE,
        MULTI
    }

    /** One answer of a gap: its fraction in percent and its text (unescaped). */
    record Answer(BigDecimal percent, String text) {}

    /** A gap: where it is in the text, its kind and answers. */
    record Gap(int start, int end, Kind kind, List<Answer> answers) {}

    private static final Pattern START = Pattern.compile("\\{(\\d*):([A-Z_]+):");
    private static final Set<String> SHORT = Set.of("SHORTANSWER", "SA", "MW", "SHORTANSWER_C", "SAC", "MWC");
    private static final Set<String> NUMBER = Set.of("NUMERICAL", "NM");
    private static final Set<String> CHOICE = Set.of(
            "MULTICHOICE",
            "MC",
            "MULTICHOICE_V",
            "MCV",
            "MULTICHOICE_H",
            "MCH",
            "MULTICHOICE_S",
            "MCS",
            "MULTICHOICE_VS",
            "MCVS",
            "MULTICHOICE_HS",
            "MCHS");
    private static final Set<String> MULTI = Set.of(
            "MULTIRESPONSE", "MR", "MULTIRESPONSE_H", "MRH", "MULTIRESPONSE_S", "MRS", "MULTIRESPONSE_HS", "MRHS");
    private static final String ESCAPABLE = "}~#/\"\\";

    private ClozeSyntax() {}

    /** The gaps of a text, in order; a brace that starts no known gap is text. */
    static List<Gap> gaps(String text) {
        List<Gap> out = new ArrayList<>();
        Matcher m = START.matcher(text);
        int from = 0;
        while (m.find(from)) {
            Kind kind = kind(m.group(2));
            int end = kind == null ? -1 : close(text, m.end());
            if (end < 0) {
                from = m.start() + 1;
                continue;
            }
            out.add(new Gap(m.start(), end + 1, kind, answers(text.substring(m.end(), end))));
            from = end + 1;
        }
        return out;
    }

    private static Kind kind(String type) {
        if (SHORT.contains(type)) {
            return Kind.SHORT;
        } else if (NUMBER.contains(type)) {
            return Kind.NUMBER;
        } else if (CHOICE.contains(type)) {
            return Kind.CHOICE;
        }
        return MULTI.contains(type) ? Kind.MULTI : null;
    }

    private static int close(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '}') {
                return i;
            }
        }
        return -1;
    }

    private static List<Answer> answers(String body) {
        List<Answer> out = new ArrayList<>();
        for (String raw : splitUnescaped(body, '~')) {
            String a = raw;
            BigDecimal percent = BigDecimal.ZERO;
            if (a.startsWith("=")) {
                percent = BigDecimal.valueOf(100);
                a = a.substring(1);
            } else if (a.matches("%-?\\d+(?:[.,]\\d*)?%.*")) {
                int end = a.indexOf('%', 1);
                percent = new BigDecimal(a.substring(1, end).replace(',', '.'));
                a = a.substring(end + 1);
            }
            String answer = splitUnescaped(a, '#').get(0);
            out.add(new Answer(percent, unescape(answer).strip()));
        }
        return out;
    }

    private static List<String> splitUnescaped(String s, char sep) {
        List<String> out = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                piece.append(c).append(s.charAt(++i));
            } else if (c == sep) {
                out.add(piece.toString());
                piece.setLength(0);
            } else {
                piece.append(c);
            }
        }
        out.add(piece.toString());
        return out;
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && ESCAPABLE.indexOf(s.charAt(i + 1)) >= 0) {
                out.append(s.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** An answer written into a gap: Moodle's special characters escaped. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (ESCAPABLE.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
