package org.quiztrainer.bank.io.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quiztrainer.bank.io.support.FormattedText;

/**
 * The answers of a GIFT question, split as Moodle splits them: choices on {@code ~} and {@code =}, each
 * with an optional {@code %weight%} and a {@code #feedback}; matching pairs on {@code =} and {@code ->};
 * true/false with a feedback for the wrong and one for the right answer; numbers as {@code answer:tolerance}
 * or {@code min..max}, several with weights.
 */
final class GiftAnswers {

    /**
     * One answer.
     *
     * @param fraction its weight as a fraction (1 for {@code =} or {@code %100%})
     * @param text     its text (the left side, for matching)
     * @param right    the right side of a matching pair, else empty
     * @param feedback its feedback, or empty
     */
    record Answer(BigDecimal fraction, FormattedText text, String right, FormattedText feedback) {}

    /** A number answer: {@code value} with {@code tolerance}, or a problem key when it is not a number. */
    record NumberAnswer(BigDecimal fraction, BigDecimal value, BigDecimal tolerance, FormattedText feedback) {}

    private static final Pattern WEIGHT = Pattern.compile("^%(-*[0-9]{1,2}\\.?[0-9]*)%");

    private GiftAnswers() {}

    /** Choices: {@code =} right (weight 1), {@code ~%w%} weighted, {@code ~} wrong (weight 0). */
    static List<Answer> choices(String answers, FormattedText.Kind kind) {
        List<Answer> out = new ArrayList<>();
        for (String raw : pieces(answers.replace("=", "~="), '~')) {
            String a = raw.strip();
            BigDecimal fraction = BigDecimal.ZERO;
            if (a.startsWith("=")) {
                fraction = BigDecimal.ONE;
                a = a.substring(1);
            } else {
                Optional<BigDecimal> w = weight(a);
                if (w.isPresent()) {
                    fraction = w.get();
                    a = a.substring(a.indexOf('%', 1) + 1);
                }
            }
            out.add(withFeedback(fraction, a, kind));
        }
        return out;
    }

    /** Short answers: {@code =answer}, full marks unless weighted. */
    static List<Answer> shortAnswers(String answers, FormattedText.Kind kind) {
        List<Answer> out = new ArrayList<>();
        for (String raw : pieces(answers, '=')) {
            String a = raw.strip();
            Optional<BigDecimal> w = weight(a);
            if (w.isPresent()) {
                a = a.substring(a.indexOf('%', 1) + 1);
            }
            out.add(withFeedback(w.orElse(BigDecimal.ONE), a, kind));
        }
        return out;
    }

    /** Matching pairs {@code =left -> right}; empty when an answer has no arrow. */
    static Optional<List<Answer>> pairs(String answers, FormattedText.Kind kind) {
        List<Answer> out = new ArrayList<>();
        for (String raw : pieces(answers, '=')) {
            String a = raw.strip();
            int arrow = a.indexOf("->");
            if (arrow < 0) {
                return Optional.empty();
            }
            out.add(new Answer(
                    BigDecimal.ONE,
                    GiftText.parse(a.substring(0, arrow), kind),
                    GiftEscapes.restore(a.substring(arrow + 2)).strip(),
                    FormattedText.EMPTY));
        }
        return Optional.of(out);
    }

    /** True/false: the answer, the feedback for a wrong answer and the one for a right answer. */
    static List<FormattedText> trueFalse(String answers, FormattedText.Kind kind) {
        List<FormattedText> out = new ArrayList<>();
        for (String bit : pieces(answers, '#', 3, true)) {
            out.add(GiftText.parse(bit, kind));
        }
        while (out.size() < 3) {
            out.add(FormattedText.EMPTY);
        }
        return out;
    }

    /**
     * Numbers after the leading {@code #}; the {@code ~} part (feedback for other answers) is returned as the
     * last element's feedback with a {@code null} value. Empty when one is not a number.
     */
    static Optional<List<NumberAnswer>> numbers(String answers, FormattedText.Kind kind) {
        String s = answers.substring(1);
        FormattedText otherwise = FormattedText.EMPTY;
        int tilde = s.indexOf('~');
        if (tilde >= 0) {
            otherwise =
                    withFeedback(BigDecimal.ZERO, s.substring(tilde + 1), kind).feedback();
            s = s.substring(0, tilde);
        }
        List<NumberAnswer> out = new ArrayList<>();
        for (String raw : pieces(s, '=')) {
            String a = raw.strip();
            Optional<BigDecimal> w = weight(a);
            if (w.isPresent()) {
                a = a.substring(a.indexOf('%', 1) + 1);
            }
            Answer parsed = withFeedback(w.orElse(BigDecimal.ONE), a, kind);
            Optional<NumberAnswer> n = number(parsed.fraction(), parsed.text().text(), parsed.feedback());
            if (n.isEmpty()) {
                return Optional.empty();
            }
            out.add(n.get());
        }
        if (!otherwise.isEmpty()) {
            out.add(new NumberAnswer(BigDecimal.ZERO, null, null, otherwise));
        }
        return Optional.of(out);
    }

    private static Optional<NumberAnswer> number(BigDecimal fraction, String a, FormattedText feedback) {
        try {
            int range = a.indexOf("..");
            int colon = a.indexOf(':');
            if (range > 0) {
                BigDecimal min = decimal(a.substring(0, range));
                BigDecimal max = decimal(a.substring(range + 2));
                BigDecimal mid = min.add(max).divide(BigDecimal.valueOf(2));
                return Optional.of(new NumberAnswer(fraction, mid, max.subtract(mid), feedback));
            } else if (colon > 0) {
                return Optional.of(new NumberAnswer(
                        fraction, decimal(a.substring(0, colon)), decimal(a.substring(colon + 1)), feedback));
            }
            return Optional.of(new NumberAnswer(fraction, decimal(a), BigDecimal.ZERO, feedback));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static BigDecimal decimal(String s) {
        String t = s.strip();
        if (t.length() > 40) {
            throw new NumberFormatException("too long");
        }
        BigDecimal d = new BigDecimal(t.startsWith("+") ? t.substring(1) : t);
        if (Math.abs(d.scale()) > 100) {
            throw new NumberFormatException("exponent");
        }
        return d;
    }

    private static Answer withFeedback(BigDecimal fraction, String answer, FormattedText.Kind kind) {
        int hash = answer.indexOf('#');
        FormattedText text = GiftText.parse(hash < 0 ? answer : answer.substring(0, hash), kind);
        FormattedText feedback = hash < 0 ? FormattedText.EMPTY : GiftText.parse(answer.substring(hash + 1), kind);
        return new Answer(fraction, text, "", feedback);
    }

    private static Optional<BigDecimal> weight(String answer) {
        Matcher m = WEIGHT.matcher(answer);
        if (!m.find()) {
            return Optional.empty();
        }
        String w = m.group(1).replaceFirst("^-+", "-");
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return Optional.of(new BigDecimal(w).movePointLeft(2));
    }

    /** Splits on {@code sep}, dropping a blank first piece (what comes before the first separator). */
    private static List<String> pieces(String s, char sep) {
        return pieces(s, sep, Integer.MAX_VALUE, false);
    }

    private static List<String> pieces(String s, char sep, int limit, boolean keepFirst) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (out.size() < limit - 1) {
            int next = s.indexOf(sep, start);
            if (next < 0) {
                break;
            }
            out.add(s.substring(start, next));
            start = next + 1;
        }
        out.add(s.substring(start));
        if (!keepFirst && !out.isEmpty() && out.get(0).isBlank()) {
            out.remove(0);
        }
        return out;
    }
}
