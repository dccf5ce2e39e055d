package org.quiztrainer.bank.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
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
 * whose cell is empty makes no question. The correct choice's position is
 * {@code floorMod(id.hashCode(), choices)}, stable across runs and machines.
 */
public final class FactGenerator {

    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");

    private FactGenerator() {}

    /** The questions of every template over every row, in template then table order. */
    public static List<Question> generate(List<Template> templates, List<ModelFact> models) {
        List<Question> questions = new ArrayList<>();
        for (Template t : templates) {
            List<ModelFact> rows =
                    models.stream().filter(m -> !m.cell(t.column()).isEmpty()).toList();
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

    private static Optional<Question> single(Template t, ModelFact row, List<ModelFact> all) {
        String id = t.id() + "." + row.id();
        Function<String, String> shown = baseNames(t, all);
        Map<String, String> values = new HashMap<>();
        ModelFact.COLUMNS.forEach(c -> values.put(c, row.cell(c)));
        values.put("base_model", baseNames(all).apply(row.baseModel()));
        values.put("answer", shown.apply(row.cell(t.column())));
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
        return Optional.of(question(t, id, values, List.of(row), content));
    }

    /** Shows a {@code base_model} cell that names a row's id as that row's name. */
    private static Function<String, String> baseNames(List<ModelFact> all) {
        Map<String, String> names = all.stream().collect(Collectors.toMap(ModelFact::id, ModelFact::name));
        return cell -> names.getOrDefault(cell, cell);
    }

    private static Function<String, String> baseNames(Template t, List<ModelFact> all) {
        return "base_model".equals(t.column()) ? baseNames(all) : Function.identity();
    }

    private static Question pair(Template t, ModelFact low, ModelFact high) {
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
        return question(t, id, values, List.of(a, b), new QuestionContent.SingleChoice(choices));
    }

    private static Question group(Template t, List<ModelFact> members) {
        String id = t.id() + "." + members.get(0).id();
        Map<String, String> values = new HashMap<>();
        values.put(
                "answer",
                members.stream()
                        .map(m -> m.name() + " (" + m.cell(t.column()) + ")")
                        .collect(Collectors.joining(" → ")));
        List<LocalizedText> items =
                members.stream().map(m -> new LocalizedText(m.name(), m.name())).toList();
        return question(t, id, values, members, new QuestionContent.Ordering(items));
    }

    private static Question question(
            Template t, String id, Map<String, String> values, List<ModelFact> rows, QuestionContent content) {
        boolean several = rows.size() > 1;
        values.put("notes_zh", notes(rows, ModelFact::noteZh, several));
        values.put("notes_en", notes(rows, ModelFact::noteEn, several));
        LocalizedText text =
                new LocalizedText(fill(t.text().zh(), values), fill(t.text().en(), values));
        String zh = fill(t.explanation().zh(), values);
        String en = fill(t.explanation().en(), values);
        if (!t.explanation().zh().contains("note_zh}") && !t.explanation().zh().contains("{notes_zh}")) {
            zh = (zh + values.get("notes_zh")).strip();
        }
        if (!t.explanation().en().contains("note_en}") && !t.explanation().en().contains("{notes_en}")) {
            en = (en + " " + values.get("notes_en")).strip();
        }
        List<String> tags = t.tags().stream().map(tag -> fill(tag, values)).toList();
        return new Question(
                id, fill(t.topic(), values), tags, t.source(), text, new LocalizedText(zh, en), content, t.origin());
    }

    private static String notes(List<ModelFact> rows, Function<ModelFact, String> note, boolean named) {
        return rows.stream()
                .filter(r -> !note.apply(r).isEmpty())
                .map(r -> named ? r.name() + ": " + note.apply(r) : note.apply(r))
                .collect(Collectors.joining(" "));
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

    private static String fill(String pattern, Map<String, String> values) {
        String out = pattern;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return SPACES.matcher(out).replaceAll(" ").strip();
    }
}
