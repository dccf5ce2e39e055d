package org.quiztrainer.bank.lint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.quiztrainer.bank.Location;
import org.quiztrainer.bank.ModelFact;
import org.quiztrainer.bank.Template;
import org.quiztrainer.bank.parse.FactGenerator;
import org.quiztrainer.bank.parse.FactGenerator.Generated;

/**
 * A generated question about a cell the table flags must say what it asks: its template has a variant
 * text for exactly the caveats that apply ({@code text.largest.zh}, {@code text.company+largest.en}) or
 * skips them. One rule per kind of caveat:
 * <ul>
 * <li>{@code caveated-figure}: an undisclosed figure or a mixture-of-experts total taught as a fact;
 *     also a comparison or ordering built on one (these cannot be asked "as the table lists", so the
 *     template must skip them), a flagged row without the note that carries the caveat, and an
 *     {@code undisclosed} variant that does not say it asks what the survey's table lists;</li>
 * <li>{@code several-sizes}: the size of a model that has several, asked without saying which one;</li>
 * <li>{@code company-as-model}: a company asked about as if it were a model;</li>
 * <li>{@code fine-tuning-time}: the time of fine-tuning or continued training asked as "training time";
 *     also a warning for a row with a base model and a training time that is not flagged
 *     {@code training_time:from-base} (it may be right: say so with the flag).</li>
 * </ul>
 */
final class CaveatRule implements LintRule {

    private final String id;
    private final Set<String> caveats;
    private final String what;

    private CaveatRule(String id, Set<String> caveats, String what) {
        this.id = id;
        this.caveats = caveats;
        this.what = what;
    }

    static List<LintRule> all() {
        return List.of(
                new CaveatRule(
                        "caveated-figure",
                        Set.of("undisclosed", "moe"),
                        "a figure the table marks as undisclosed or not comparable"),
                new CaveatRule(
                        "several-sizes",
                        Set.of("largest", "largest-public"),
                        "the size of a model that comes in several sizes"),
                new CaveatRule("company-as-model", Set.of("company"), "a company's name, not a model's"),
                new CaveatRule(
                        "fine-tuning-time",
                        Set.of("from-base"),
                        "the time of fine-tuning or continued training from the base model"));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<Finding> check(LintInput input) {
        List<Finding> out = new ArrayList<>();
        for (Generated g : input.generated()) {
            Set<String> mine = new HashSet<>(g.caveats());
            mine.retainAll(caveats);
            if (mine.isEmpty()) {
                continue;
            }
            Template t = g.template();
            String rows = g.rows().stream()
                    .filter(r -> !Collections.disjoint(FactGenerator.caveats(t, r), caveats))
                    .map(ModelFact::name)
                    .collect(Collectors.joining(", "));
            if (id.equals("caveated-figure") && (t.isPair() || t.isGroup())) {
                out.add(Finding.error(
                        id,
                        t.origin(),
                        g.question().id(),
                        "compares " + what + " (" + rows + ", " + String.join(", ", mine)
                                + "); such a figure is not a fact to rank models by: add 'skip: "
                                + String.join(" ", mine) + "' to template " + t.id()));
            } else if (!t.handles(g.caveats())) {
                out.add(Finding.error(
                        id,
                        t.origin(),
                        g.question().id(),
                        "asks about " + what + " (" + rows + ") with the plain text of template " + t.id()
                                + ": add text." + Template.variantKey(g.caveats()) + ".zh/en that says what is asked"
                                + " (or skip: " + String.join(" ", mine) + ")"));
            }
        }
        if (id.equals("caveated-figure")) {
            tableChecks(input, out);
        }
        if (id.equals("fine-tuning-time")) {
            for (ModelFact m : input.bank().models()) {
                if (!m.baseModel().isEmpty()
                        && !m.trainingTime().isEmpty()
                        && !m.caveats("training_time").contains("from-base")) {
                    out.add(Finding.warning(
                            id,
                            new Location("facts/models.csv", m.line()),
                            "",
                            m.id() + " has a base model and a training time: if the time is that of fine-tuning or"
                                    + " continued training, flag it training_time:from-base"));
                }
            }
        }
        return out;
    }

    private void tableChecks(LintInput input, List<Finding> out) {
        for (ModelFact m : input.bank().models()) {
            boolean flagged = m.flags().stream().anyMatch(f -> f.endsWith(":undisclosed") || f.endsWith(":moe"));
            if (flagged && (m.noteZh().isEmpty() || m.noteEn().isEmpty())) {
                out.add(Finding.error(
                        id,
                        new Location("facts/models.csv", m.line()),
                        "",
                        m.id() + " is flagged " + m.cell("flags")
                                + " but has no note: the note carries the caveat into every explanation"));
            }
        }
        for (Template t : input.bank().templates()) {
            t.variants().forEach((key, text) -> {
                if (List.of(key.split("\\+")).contains("undisclosed")
                        && (!text.zh().contains("综述")
                                || !text.en().toLowerCase(Locale.ROOT).contains("survey"))) {
                    out.add(Finding.error(
                            id,
                            t.origin(),
                            "",
                            "template " + t.id() + ", text." + key
                                    + ": ask an undisclosed figure only as what the survey's table lists (say 综述 and"
                                    + " survey)"));
                }
            });
        }
    }
}
