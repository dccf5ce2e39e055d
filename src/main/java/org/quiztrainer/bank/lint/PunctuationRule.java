package org.quiztrainer.bank.lint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.bank.Location;
import org.quiztrainer.bank.ModelFact;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.Template;
import org.quiztrainer.bank.parse.FactGenerator.Generated;

/**
 * Punctuation that matches the language: Chinese text uses full-width {@code ，。？！：；（）“”} next to
 * Chinese, English text uses ASCII. Checked in what authors write (hand-written questions, templates
 * and the notes of the table), each problem named where it was written; then in every generated
 * question whose template and notes are clean, for what the filling in added: a cell such as a name
 * ({@code Yuan?} in {@code Yuan? 的论文}), or the generator's own joining words. Not checked: accept lists
 * (punctuation is ignored when answers are compared), ASCII inside formulas and code in Chinese text
 * ({@code softmax(QKᵀ / √d_k)}: a parenthesis straight after a Latin letter or digit, with no Chinese
 * inside, is notation), and full-width marks in English right next to a quoted Chinese word.
 */
final class PunctuationRule implements LintRule {

    private static final Map<Character, String> FULL_WIDTH =
            Map.of(',', "，", '?', "？", '!', "！", ':', "：", ';', "；", '.', "。");

    private final boolean chinese;

    private PunctuationRule(boolean chinese) {
        this.chinese = chinese;
    }

    /** The rule for Chinese text. */
    static PunctuationRule chinese() {
        return new PunctuationRule(true);
    }

    /** The rule for English text. */
    static PunctuationRule english() {
        return new PunctuationRule(false);
    }

    @Override
    public String id() {
        return chinese ? "zh-punctuation" : "en-punctuation";
    }

    @Override
    public List<Finding> check(LintInput input) {
        List<Finding> out = new ArrayList<>();
        for (Question q : input.handWritten()) {
            for (Texts.Text t : Texts.of(q, chinese)) {
                problem(t.value())
                        .ifPresent(p -> out.add(Finding.error(id(), q.origin(), q.id(), t.field() + ": " + p)));
            }
        }
        Set<String> named = new HashSet<>();
        for (Template tpl : input.bank().templates()) {
            for (Texts.Text t : Texts.of(tpl, chinese)) {
                problem(t.value()).ifPresent(p -> {
                    named.add(tpl.id());
                    out.add(Finding.error(
                            id(), tpl.origin(), "", "template " + tpl.id() + ", " + t.field() + ": " + p));
                });
            }
        }
        for (ModelFact m : input.bank().models()) {
            String note = chinese ? m.noteZh() : m.noteEn();
            problem(note).ifPresent(p -> {
                named.add(m.id());
                out.add(Finding.error(
                        id(),
                        new Location("facts/models.csv", m.line()),
                        "",
                        (chinese ? "note_zh" : "note_en") + " of " + m.id() + ": " + p));
            });
        }
        for (Generated g : input.generated()) {
            if (named.contains(g.template().id()) || g.rows().stream().anyMatch(r -> named.contains(r.id()))) {
                continue;
            }
            Question q = g.question();
            Texts.of(q, chinese).stream()
                    .flatMap(t -> problem(t.value()).map(p -> t.field() + ": " + p).stream())
                    .findFirst()
                    .ifPresent(p -> out.add(Finding.error(
                            id(),
                            q.origin(),
                            q.id(),
                            p + " (filled in by template " + g.template().id() + ")")));
        }
        return out;
    }

    /** The first misplaced mark of a text, described, if there is one. */
    Optional<String> problem(String text) {
        return chinese ? chineseProblem(text) : englishProblem(text);
    }

    private static Optional<String> chineseProblem(String s) {
        if (s.codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            return Optional.empty();
        }
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String wide = FULL_WIDTH.get(c);
            if (wide != null && misplaced(s, i)) {
                return Optional.of(
                        "ASCII '" + c + "' in Chinese text at " + Texts.around(s, i) + ": write '" + wide + "'");
            } else if (c == '"' && near(s, i)) {
                return Optional.of("ASCII '\"' in Chinese text at " + Texts.around(s, i) + ": write “ and ”");
            } else if (c == '(') {
                open.push(i);
            } else if (c == ')' && !open.isEmpty()) {
                int from = open.pop();
                if (chineseParentheses(s, from, i)) {
                    return Optional.of(
                            "ASCII '( )' in Chinese text at " + Texts.around(s, from) + ": write '（' and '）'");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether an ASCII mark in Chinese text should be full-width: {@code ; ? !} always; {@code ,} next
     * to Chinese or straight before a character (not a thousands separator, {@code 1,750}, nor a list in
     * a formula, {@code Q, K, V}); {@code :} next to Chinese; {@code .} right after a Chinese character.
     */
    private static boolean misplaced(String s, int i) {
        char c = s.charAt(i);
        char prev = i > 0 ? s.charAt(i - 1) : ' ';
        char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
        return switch (c) {
            case ';', '?', '!' -> true;
            case ',' -> near(s, i) || (next != ' ' && !(Character.isDigit(prev) && Character.isDigit(next)));
            case ':' -> near(s, i);
            case '.' -> Character.UnicodeScript.of(prev) == Character.UnicodeScript.HAN;
            default -> false;
        };
    }

    /**
     * Whether the parentheses at {@code from} and {@code to} enclose Chinese, or stand in Chinese text
     * and are not notation. Notation is a name that starts with a letter straight before the
     * parenthesis, around a formula or a short argument: {@code O(1)}, {@code softmax(QKᵀ / √d_k)},
     * {@code f(W·x_t + b)}; {@code ELMo(2018)} and {@code 340M(0.34B)} are not.
     */
    private static boolean chineseParentheses(String s, int from, int to) {
        String inner = s.substring(from + 1, to);
        if (inner.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            return true;
        }
        int k = from;
        while (k > 0
                && s.charAt(k - 1) < 0x80
                && (Character.isLetterOrDigit(s.charAt(k - 1)) || s.charAt(k - 1) == '_')) {
            k--;
        }
        String name = s.substring(k, from);
        boolean formula = inner.chars().anyMatch(ch -> "=+-−/·×_,^√".indexOf(ch) >= 0) || inner.length() <= 2;
        boolean notation = !name.isEmpty() && Character.isLetter(name.charAt(0)) && formula;
        return !notation && (Texts.isChinese(before(s, from)) || Texts.isChinese(after(s, to)));
    }

    private static Optional<String> englishProblem(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Texts.isFullWidthPunctuation(c)) {
                boolean quotesChinese =
                        (i > 0 && Character.UnicodeScript.of(s.charAt(i - 1)) == Character.UnicodeScript.HAN)
                                || (i + 1 < s.length()
                                        && Character.UnicodeScript.of(s.charAt(i + 1)) == Character.UnicodeScript.HAN);
                if (!quotesChinese) {
                    return Optional.of("full-width '" + c + "' in English text at " + Texts.around(s, i)
                            + ": write ASCII punctuation");
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the nearest character on either side of {@code i}, spaces skipped, is Chinese. */
    private static boolean near(String s, int i) {
        return Texts.isChinese(before(s, i)) || Texts.isChinese(after(s, i));
    }

    private static int before(String s, int i) {
        int j = i - 1;
        while (j >= 0 && s.charAt(j) == ' ') {
            j--;
        }
        return j < 0 ? ' ' : s.charAt(j);
    }

    private static int after(String s, int i) {
        int j = i + 1;
        while (j < s.length() && s.charAt(j) == ' ') {
            j++;
        }
        return j >= s.length() ? ' ' : s.charAt(j);
    }
}
