package org.quiztrainer.bank.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.Unit;

/**
 * {@code numeric-unit-word}: a numeric question that asks with a unit word ({@code 哪一年}, {@code 几个门},
 * {@code 多少层}, "how many layers", "which year") must accept that word after the number: its unit (from
 * {@code units.txt}) spells it, or names it. Otherwise {@code 1997年} or {@code 6层} is refused as "not a
 * plain number" although it is exactly what was asked. Only the sentence that asks is read.
 */
final class UnitWordRule implements LintRule {

    private static final Pattern ZH =
            Pattern.compile("(?:几|多少)(个|层|年|种|类|位|维|头|门|天|次|项|本|部分|倍|步|词|篇|块|张|台|小时|份)|哪一?(年)");
    private static final Pattern EN = Pattern.compile(
            "how many\\s+(?:\\S+\\s+){0,3}?(layers|gates|heads|parts|kinds|words|subsets|languages|years|dimensions"
                    + "|steps|books|models|types|days|hours|tokens)\\b|\\b(?:which|what) (year)\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String id() {
        return "numeric-unit-word";
    }

    @Override
    public List<Finding> check(LintInput input) {
        List<Finding> out = new ArrayList<>();
        for (Question q : input.bank().questions()) {
            if (!(q.content() instanceof QuestionContent.Numeric n)) {
                continue;
            }
            Optional<Unit> unit = Optional.ofNullable(n.unit()).flatMap(input::unit);
            word(ZH, asked(q.text().zh())).ifPresent(w -> check(q, unit, w, true, out));
            word(EN, asked(q.text().en())).ifPresent(w -> check(q, unit, w, false, out));
        }
        return out;
    }

    /**
     * The sentence that asks: up to the last question mark, from the end of the sentence before it
     * ({@code 它有几个版本。最大的有多少参数？} asks the second).
     */
    static String asked(String text) {
        int end = Math.max(text.lastIndexOf('？'), text.lastIndexOf('?'));
        String upTo = end < 0 ? text : text.substring(0, end);
        int start = Math.max(upTo.lastIndexOf('。'), upTo.lastIndexOf(". "));
        return upTo.substring(start + 1);
    }

    private static Optional<String> word(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Optional.of(m.group(1) != null ? m.group(1) : m.group(2)) : Optional.empty();
    }

    private void check(Question q, Optional<Unit> unit, String word, boolean zh, List<Finding> out) {
        String w = word.toLowerCase(Locale.ROOT);
        String singular = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        boolean accepted = unit.map(u -> u.spellings().stream()
                                .map(s -> s.toLowerCase(Locale.ROOT))
                                .anyMatch(s -> s.equals(w) || s.equals(singular))
                        || (zh ? u.name().zh() : u.name().en().toLowerCase(Locale.ROOT)).contains(w))
                .orElse(false);
        if (!accepted) {
            out.add(Finding.error(
                    id(),
                    q.origin(),
                    q.id(),
                    "text." + (zh ? "zh" : "en") + " asks with '" + word + "', but "
                            + unit.map(u -> "unit '" + u.id() + "' does not spell it")
                                    .orElse("the question has no unit")
                            + ": give it a unit from units.txt that accepts '" + word + "' after the number"));
        }
    }
}
