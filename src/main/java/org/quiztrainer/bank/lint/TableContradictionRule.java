package org.quiztrainer.bank.lint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quiztrainer.bank.ModelFact;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.parse.FactCheck;

/**
 * {@code contradicts-table}: a hand-written question that states a fact of a model in the table states
 * the table's value. Read in every displayed text: a size in parentheses after the name
 * ({@code PaLM（540B）}, {@code GPT-3 (175B)}), a corpus in tokens in the same clause
 * ({@code GPT-3（175B）的 300B tokens}, up to the next comma or stop) and a year in parentheses ({@code GPT-3 (2020)}: the year of the
 * table's release month). A size the table marks undisclosed must not be stated as a fact at all.
 */
final class TableContradictionRule implements LintRule {

    private static final Pattern SIZE = Pattern.compile("\\s*[（(]\\s*(\\d+(?:\\.\\d+)?)\\s*B\\s*[）)]");
    private static final Pattern YEAR = Pattern.compile("\\s*[（(]\\s*((?:19|20)\\d\\d)\\s*[）)]");
    private static final Pattern TOKENS =
            Pattern.compile("(\\d+(?:\\.\\d+)?\\s*[BT])[ -]?tokens?", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_END = Pattern.compile("[。；;！!？?，,：:]|\\.\\s");
    private static final int CLAUSE = 40;

    @Override
    public String id() {
        return "contradicts-table";
    }

    @Override
    public List<Finding> check(LintInput input) {
        Map<String, Pattern> names = new LinkedHashMap<>();
        List<ModelFact> models = input.bank().models().stream()
                .sorted(Comparator.comparingInt((ModelFact m) -> m.name().length())
                        .reversed())
                .toList();
        models.forEach(m -> names.put(
                m.id(),
                Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(m.name()) + "(?![\\p{L}\\p{N}-]|\\.\\d)")));
        List<Finding> out = new ArrayList<>();
        for (Question q : input.handWritten()) {
            for (boolean zh : new boolean[] {true, false}) {
                for (Texts.Text t : Texts.of(q, zh)) {
                    for (ModelFact m : models) {
                        if (t.value().contains(m.name())) {
                            check(q, t, m, names.get(m.id()).matcher(t.value()), out);
                        }
                    }
                }
            }
        }
        return out;
    }

    private void check(Question q, Texts.Text t, ModelFact m, Matcher name, List<Finding> out) {
        while (name.find()) {
            String after = t.value().substring(name.end());
            Matcher size = SIZE.matcher(after);
            if (size.lookingAt()) {
                BigDecimal stated = new BigDecimal(size.group(1));
                if (m.caveats("params_b").contains("undisclosed")) {
                    out.add(Finding.error(
                            id(),
                            q.origin(),
                            q.id(),
                            t.field() + " states " + m.name() + "'s size " + stated.toPlainString()
                                    + "B as a fact, but the table marks it undisclosed"));
                } else if (m.paramsB() == null || stated.compareTo(m.paramsB()) != 0) {
                    out.add(Finding.error(
                            id(),
                            q.origin(),
                            q.id(),
                            t.field() + " gives " + m.name() + " "
                                    + stated.toPlainString() + "B; the table has "
                                    + (m.paramsB() == null ? "no size" : m.cell("params_b") + "B")));
                }
            }
            Matcher year = YEAR.matcher(after);
            if (year.lookingAt()
                    && Integer.parseInt(year.group(1)) != m.release().getYear()) {
                out.add(Finding.error(
                        id(),
                        q.origin(),
                        q.id(),
                        t.field() + " dates " + m.name() + " " + year.group(1) + "; the table has "
                                + m.cell("release")));
            }
            String clause = after.substring(0, Math.min(after.length(), CLAUSE));
            Matcher end = CLAUSE_END.matcher(clause);
            if (end.find()) {
                clause = clause.substring(0, end.start());
            }
            Matcher tokens = TOKENS.matcher(clause);
            if (tokens.find()
                    && !m.corpus().isEmpty()
                    && !FactCheck.same("corpus", m.corpus(), tokens.group(1) + " tokens")) {
                out.add(Finding.error(
                        id(),
                        q.origin(),
                        q.id(),
                        t.field() + " gives " + m.name() + " a corpus of " + tokens.group(1) + " tokens; the table has "
                                + m.corpus()));
            }
        }
    }
}
