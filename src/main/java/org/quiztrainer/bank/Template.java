package org.quiztrainer.bank;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A template of {@code facts/templates.txt}: turns rows of the facts table into questions.
 *
 * <p>Three shapes: a single-row template asks about one cell of each row; a pair template
 * ({@code compare} set) asks which of two models has the larger or smaller value; a group template
 * ({@code group} set) asks to order several models by the column.
 *
 * @param column  the CSV column asked about
 * @param type    the type of the generated questions
 * @param compare {@code max} or {@code min} for pair templates, otherwise {@code null}
 * @param group   the number of models to order for group templates, otherwise 0
 * @param gap     for pair and group templates, how far apart neighbouring models must be: months for
 *                {@code release}, the ratio of sizes for {@code params_b}; {@code null} for any difference
 * @param choices the number of choices of a single-choice question (answer and distractors)
 * @param unit    the unit of a numeric answer, or {@code null}
 * @param topic   the topic of the generated questions; may contain placeholders such as {@code {kind}}
 * @param skip    caveats ({@link ModelFact#FLAGS}) whose rows make no question of this template
 * @param variants the question text for rows with caveats, by variant key: the caveats that apply,
 *                in {@link ModelFact#FLAGS} order, joined by {@code +} ({@code largest}, {@code company+largest})
 * @param variantExplanations the explanation for such rows, by the same key; the plain one where absent
 */
public record Template(
        String id,
        String column,
        QuestionType type,
        String compare,
        int group,
        BigDecimal gap,
        int choices,
        String unit,
        BigDecimal tolerance,
        String topic,
        List<String> tags,
        String source,
        LocalizedText text,
        LocalizedText explanation,
        Set<String> skip,
        Map<String, LocalizedText> variants,
        Map<String, LocalizedText> variantExplanations,
        Location origin) {

    public Template {
        tags = List.copyOf(tags);
        skip = Set.copyOf(skip);
        variants = Map.copyOf(variants);
        variantExplanations = Map.copyOf(variantExplanations);
        if (!BankIds.isValid(id)
                || !ModelFact.COLUMNS.contains(column)
                || type == null
                || text == null
                || explanation == null
                || origin == null) {
            throw new IllegalArgumentException("incomplete template " + id);
        }
    }

    /** The variant key of a set of caveats: the caveats in {@link ModelFact#FLAGS} order joined by {@code +}. */
    public static String variantKey(Set<String> caveats) {
        return String.join(
                "+", ModelFact.FLAGS.stream().filter(caveats::contains).toList());
    }

    /** The question text for rows with these caveats: the variant for exactly them, else the plain text. */
    public LocalizedText text(Set<String> caveats) {
        return caveats.isEmpty() ? text : variants.getOrDefault(variantKey(caveats), text);
    }

    /** The explanation for rows with these caveats: the variant for exactly them, else the plain one. */
    public LocalizedText explanation(Set<String> caveats) {
        return caveats.isEmpty() ? explanation : variantExplanations.getOrDefault(variantKey(caveats), explanation);
    }

    /** Whether a question about rows with these caveats has a text that says what is asked. */
    public boolean handles(Set<String> caveats) {
        return caveats.isEmpty() || variants.containsKey(variantKey(caveats));
    }

    /** Whether the template compares two models. */
    public boolean isPair() {
        return compare != null;
    }

    /** Whether the template orders a group of models. */
    public boolean isGroup() {
        return group > 0;
    }
}
