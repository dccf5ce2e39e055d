package org.quiztrainer.bank.lint;

import java.util.ArrayList;
import java.util.List;
import org.quiztrainer.bank.ModelFact;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.parse.FactCheck;
import org.quiztrainer.bank.parse.FactGenerator.Generated;

/**
 * {@code distractor-true}: every wrong choice of a question generated from one row is checked as false
 * against the table ({@link FactCheck#couldBeRight}): not the answer written another way, not a value
 * the row's flags call also true, not the model itself or an ancestor of its base model.
 */
final class DistractorRule implements LintRule {

    @Override
    public String id() {
        return "distractor-true";
    }

    @Override
    public List<Finding> check(LintInput input) {
        List<Finding> out = new ArrayList<>();
        for (Generated g : input.generated()) {
            if (g.rows().size() != 1 || !(g.question().content() instanceof QuestionContent.SingleChoice single)) {
                continue;
            }
            ModelFact row = g.rows().get(0);
            String column = g.template().column();
            for (QuestionContent.Choice c : single.choices()) {
                if (!c.correct()
                        && FactCheck.couldBeRight(
                                row, column, c.text().en(), input.bank().models())) {
                    out.add(Finding.error(
                            id(),
                            g.template().origin(),
                            g.question().id(),
                            "the wrong choice '" + c.text().en() + "' is true of " + row.name() + " (" + column + ": "
                                    + row.cell(column) + ") or is the model itself or its ancestor"));
                }
            }
        }
        return out;
    }
}
