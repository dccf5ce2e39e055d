package org.quiztrainer.bank.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.ModelFact;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.QuestionContent.Choice;
import org.quiztrainer.bank.QuestionType;
import org.quiztrainer.bank.Template;

/**
 * Generates the fact questions: each template applied to the rows of the facts table. Generation is
 * deterministic: the same table and templates give the same questions, ids and choice order. A row
 * whose cell is empty makes no question, nor does a row with a caveat the template skips, nor a row
 * whose name holds the answer (GPT-NeoX-20B asked for its size, Flan-T5 or BLOOMZ for its base model:
 * {@link Giveaway}), since the question would ask nothing. A row with
 * caveats on the template's column (or on its name) gets the template's variant text for exactly those
 * caveats, where there is one. The correct choice's position is {@code floorMod(id.hashCode(), choices)},
 * stable across runs and machines.
 */
public final class FactGenerator {

    private FactGenerator() {}

    /**
     * A generated question and what it was made from.
     *
     * @param question the question
     * @param template its template
     * @param rows     the rows it asks about (one, a pair, or a group in the correct order)
     * @param caveats  the caveats of those rows that apply to the template ({@link #caveats})
     */
    public record Generated(Question question, Template template, List<ModelFact> rows, Set<String> caveats) {

        public Generated {
            rows = List.copyOf(rows);
            caveats = Set.copyOf(caveats);
        }
    }

    /** The questions of every template over every row, in template then table order. */
    public static List<Question> generate(List<Template> templates, List<ModelFact> models) {
        return generateWithSources(templates, models).stream()
                .map(Generated::question)
                .toList();
    }

    /** As {@link #generate}, with the template and rows of each question. */
    public static List<Generated> generateWithSources(List<Template> templates, List<ModelFact> models) {
        List<Generated> questions = new ArrayList<>();
        for (Template t : templates) {
            List<ModelFact> rows = models.stream()
                    .filter(m -> !m.cell(t.column()).isEmpty())
                    .filter(m -> caveats(t, m).stream().noneMatch(t.skip()::contains))
                    .toList();
            if (t.isGroup()) {
                Neighbours.groups(t, Neighbours.sorted(t, rows)).forEach(g -> questions.add(group(t, g)));
            } else if (t.isPair()) {
                Neighbours.pairs(t, Neighbours.sorted(t, rows))
                        .forEach(p -> questions.add(pair(t, p.get(0), p.get(1))));
            } else {
                rows.forEach(r -> single(t, r, models).ifPresent(questions::add));
            }
        }
        return questions;
    }

    /** The caveats of a row that apply to a template: those on its column and those on the name. */
    public static Set<String> caveats(Template t, ModelFact row) {
        Set<String> out = new LinkedHashSet<>(row.caveats("name"));
        out.addAll(row.caveats(t.column()));
        return out;
    }

    private static Set<String> caveats(Template t, List<ModelFact> rows) {
        Set<String> out = new HashSet<>();
        rows.forEach(r -> out.addAll(caveats(t, r)));
        return out;
    }

    private static Optional<Generated> single(Template t, ModelFact row, List<ModelFact> all) {
        String id = t.id() + "." + row.id();
        Function<String, String> shown = baseNames(t, all);
        Map<String, String> values = new HashMap<>();
        ModelFact.COLUMNS.forEach(c -> values.put(c, row.cell(c)));
        values.put("base_model", baseNames(all).apply(row.baseModel()));
        values.put("answer", shown.apply(row.cell(t.column())));
        if (nameGivesAway(t, row, values.get("answer"))) {
            return Optional.empty();
        }
        QuestionContent content;
        if (t.type() == QuestionType.NUMERIC) {
            content = new QuestionContent.Numeric(row.paramsB(), t.tolerance(), t.unit());
        } else {
            Set<String> seen = new HashSet<>(Set.of(Distractors.normalise(values.get("answer"))));
            List<String> wrong = Distractors.pick(row, t.column(), all, t.choices() - 1).stream()
                    .map(shown)
                    .filter(w -> seen.add(Distractors.normalise(w)))
                    .toList();
            if (wrong.isEmpty()) {
                return Optional.empty();
            }
            content = new QuestionContent.SingleChoice(choices(id, values.get("answer"), wrong));
        }
        return Optional.of(generated(t, id, values, List.of(row), content));
    }

    /** Whether the row's name holds the answer of a one-row question: its size, or the value shown. */
    private static boolean nameGivesAway(Template t, ModelFact row, String answer) {
        return t.type() == QuestionType.NUMERIC
                ? Giveaway.containsNumber(
                        row.name(), row.paramsB().stripTrailingZeros().toPlainString())
                : Giveaway.containsTerm(row.name(), answer);
    }

    /** Shows a {@code base_model} cell that names a row's id as that row's name. */
    private static Function<String, String> baseNames(List<ModelFact> all) {
        Map<String, String> names = all.stream().collect(Collectors.toMap(ModelFact::id, ModelFact::name));
        return cell -> names.getOrDefault(cell, cell);
    }

    private static Function<String, String> baseNames(Template t, List<ModelFact> all) {
        return "base_model".equals(t.column()) ? baseNames(all) : Function.identity();
    }

    private static Generated pair(Template t, ModelFact low, ModelFact high) {
        String id = t.id() + "." + low.id() + "." + high.id();
        boolean swap = Math.floorMod(id.hashCode(), 2) == 1;
        ModelFact a = swap ? high : low;
        ModelFact b = swap ? low : high;
        ModelFact winner = t.compare().equals("max") ? high : low;
        Map<String, String> values = new HashMap<>();
        ModelFact.COLUMNS.forEach(c -> {
            values.put("a." + c, a.cell(c));
            values.put("b." + c, b.cell(c));
        });
        values.put("answer", winner.name());
        List<Choice> choices = List.of(choice(a.name(), a.equals(winner)), choice(b.name(), b.equals(winner)));
        return generated(t, id, values, List.of(a, b), new QuestionContent.SingleChoice(choices));
    }

    private static Generated group(Template t, List<ModelFact> members) {
        String id = t.id() + "." + members.get(0).id();
        Map<String, String> values = new HashMap<>();
        values.put("answer", order(t, members, " (", ")"));
        List<LocalizedText> items =
                members.stream().map(m -> new LocalizedText(m.name(), m.name())).toList();
        return generated(
                t,
                id,
                values,
                Map.of("answer", order(t, members, "（", "）")),
                members,
                new QuestionContent.Ordering(items));
    }

    /** The correct order with the values, {@code T5 (2019-10) → GPT-3 (2020-05)}, in one language's brackets. */
    private static String order(Template t, List<ModelFact> members, String open, String close) {
        return members.stream()
                .map(m -> m.name() + open + m.cell(t.column()) + close)
                .collect(Collectors.joining(" → "));
    }

    private static Generated generated(
            Template t, String id, Map<String, String> values, List<ModelFact> rows, QuestionContent content) {
        return generated(t, id, values, Map.of(), rows, content);
    }

    private static Generated generated(
            Template t,
            String id,
            Map<String, String> values,
            Map<String, String> zhValues,
            List<ModelFact> rows,
            QuestionContent content) {
        Set<String> caveats = caveats(t, rows);
        Question question = FactTexts.question(t, id, values, zhValues, rows, caveats, content);
        return new Generated(question, t, rows, caveats);
    }

    private static List<Choice> choices(String id, String answer, List<String> wrong) {
        List<Choice> choices = new ArrayList<>();
        wrong.forEach(w -> choices.add(choice(w, false)));
        choices.add(Math.floorMod(id.hashCode(), wrong.size() + 1), choice(answer, true));
        return choices;
    }

    private static Choice choice(String value, boolean correct) {
        return new Choice(new LocalizedText(value, value), correct);
    }
}
