package org.quiztrainer.bank;

import java.math.BigDecimal;
import java.util.List;

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
        Location origin) {

    public Template {
        tags = List.copyOf(tags);
        if (!BankIds.isValid(id)
                || !ModelFact.COLUMNS.contains(column)
                || type == null
                || text == null
                || explanation == null
                || origin == null) {
            throw new IllegalArgumentException("incomplete template " + id);
        }
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
