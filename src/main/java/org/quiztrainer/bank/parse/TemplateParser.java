package org.quiztrainer.bank.parse;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quiztrainer.bank.BankIds;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.ModelFact;
import org.quiztrainer.bank.QuestionType;
import org.quiztrainer.bank.Template;

/** Turns a {@code @template} block into a template and checks every column it names. */
final class TemplateParser {

    /** Columns whose values have an order (for pair and group templates and numeric answers). */
    static final Set<String> ORDERED = Set.of("release", "params_b");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private TemplateParser() {}

    static Optional<Template> parse(Block block, Problems problems) {
        int before = problems.size();
        Fields f = new Fields(block, problems);
        if (!BankIds.isValid(block.id())) {
            problems.add(block.at(), QuestionParser.badId(block.id()));
        }
        Optional<String> column = f.requiredWord("column");
        column.filter(c -> !ModelFact.COLUMNS.contains(c))
                .ifPresent(c -> problems.add(
                        f.at(f.field("column").orElseThrow()), "template names unknown column '" + c + "'"));
        Optional<String> code = f.requiredWord("type");
        Optional<QuestionType> type = code.flatMap(QuestionType::fromCode);
        code.filter(c -> type.isEmpty())
                .ifPresent(c -> problems.add(f.at(f.field("type").orElseThrow()), "unknown type '" + c + "'"));
        String compare = f.word("compare").orElse(null);
        int group = f.number("group").map(BigDecimal::intValue).orElse(0);
        BigDecimal gap = f.number("gap").orElse(null);
        if (gap != null && (gap.signum() <= 0 || (compare == null && group == 0))) {
            problems.add(
                    f.at(f.field("gap").orElseThrow()),
                    "bad gap: a positive number, for compare and group templates only");
        }
        int choices = f.number("choices").map(BigDecimal::intValue).orElse(4);
        String unit = f.word("unit").orElse(null);
        BigDecimal tolerance = f.number("tolerance").orElse(BigDecimal.ZERO);
        Optional<String> topic = f.requiredWord("topic");
        List<String> tags = QuestionParser.tags(f, problems);
        Optional<String> source = f.requiredText("source");
        Optional<LocalizedText> text = f.bilingual("text");
        Optional<LocalizedText> explain = f.bilingual("explain");
        Set<String> skip = new java.util.LinkedHashSet<>();
        f.word("skip").ifPresent(words -> {
            for (String word : words.split("[\\s,]+")) {
                if (!ModelFact.FLAGS.contains(word)) {
                    problems.add(
                            f.at(f.field("skip").orElseThrow()),
                            "bad skip '" + word + "': expected caveats among " + String.join(", ", ModelFact.FLAGS));
                }
                skip.add(word);
            }
        });
        Map<String, LocalizedText> variants = new java.util.LinkedHashMap<>();
        Map<String, LocalizedText> variantExplanations = new java.util.LinkedHashMap<>();
        for (String key : f.variantKeys()) {
            String[] parts = key.split("\\.");
            String variant = parts[1];
            Set<String> caveats = Set.of(variant.split("\\+"));
            if (!ModelFact.FLAGS.containsAll(caveats)
                    || !Template.variantKey(caveats).equals(variant)) {
                problems.add(
                        f.at(f.field(key).orElseThrow()),
                        "bad variant '" + variant + "': caveats among " + String.join(", ", ModelFact.FLAGS)
                                + ", joined by + in that order");
                continue;
            }
            Map<String, LocalizedText> into = parts[0].equals("text") ? variants : variantExplanations;
            if (!into.containsKey(variant)) {
                f.bilingual(parts[0] + "." + variant).ifPresent(t -> into.put(variant, t));
            }
        }
        f.reportUnknown("a template");
        if (compare != null && !compare.equals("max") && !compare.equals("min")) {
            problems.add(f.at(f.field("compare").orElseThrow()), "bad compare '" + compare + "': expected max or min");
        }
        type.ifPresent(t -> checkShape(f, t, column.orElse(""), compare, group, choices, problems));
        Set<String> allowed = placeholders(compare != null, group > 0);
        List<String> checked =
                new java.util.ArrayList<>(List.of("topic", "text.zh", "text.en", "explain.zh", "explain.en"));
        checked.addAll(f.variantKeys());
        for (String key : checked) {
            f.field(key).ifPresent(field -> {
                Matcher m = PLACEHOLDER.matcher(field.value());
                while (m.find()) {
                    if (!allowed.contains(m.group(1))) {
                        problems.add(f.at(field), "template names unknown column '" + m.group(1) + "'");
                    }
                }
            });
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Template(
                block.id(),
                column.get(),
                type.get(),
                compare,
                group,
                gap,
                choices,
                unit,
                tolerance,
                topic.get(),
                tags,
                source.get(),
                text.get(),
                explain.get(),
                skip,
                variants,
                variantExplanations,
                block.at()));
    }

    private static void checkShape(
            Fields f, QuestionType type, String column, String compare, int group, int choices, Problems problems) {
        boolean ordered = ORDERED.contains(column);
        if (group > 0 && (type != QuestionType.ORDERING || group < 2 || !ordered)) {
            problems.add(f.at(), "a group template is an ordering of 2 or more models by release or params_b");
        } else if (compare != null && (type != QuestionType.SINGLE_CHOICE || !ordered)) {
            problems.add(f.at(), "a compare template is a single_choice by release or params_b");
        } else if (group == 0 && compare == null && type == QuestionType.NUMERIC && !column.equals("params_b")) {
            problems.add(f.at(), "a numeric template asks for params_b");
        } else if (group == 0
                && compare == null
                && type != QuestionType.NUMERIC
                && type != QuestionType.SINGLE_CHOICE) {
            problems.add(f.at(), "a single-row template is single_choice or numeric, not " + type.code());
        }
        if (type == QuestionType.SINGLE_CHOICE && choices < 2) {
            problems.add(f.at(), "a single_choice template needs 'choices' of at least 2");
        }
    }

    /** The placeholders a template of this shape may use. */
    static Set<String> placeholders(boolean pair, boolean group) {
        Set<String> names = new java.util.HashSet<>(Set.of("answer", "notes_zh", "notes_en"));
        for (String c : ModelFact.COLUMNS) {
            if (pair) {
                names.add("a." + c);
                names.add("b." + c);
            } else if (!group) {
                names.add(c);
            }
        }
        return names;
    }
}
