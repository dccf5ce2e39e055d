package org.quiztrainer.bank.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quiztrainer.bank.Template;

/**
 * {@code release-date}: the table's release column is the month the model's paper was published (the
 * survey's "Release Time"), not the day a product was released; a template on it must say that it
 * asks for the paper's date (English "paper", Chinese "论文") in every text.
 */
final class ReleaseDateRule implements LintRule {

    @Override
    public String id() {
        return "release-date";
    }

    @Override
    public List<Finding> check(LintInput input) {
        List<Finding> out = new ArrayList<>();
        for (Template t : input.bank().templates()) {
            if (!t.column().equals("release")) {
                continue;
            }
            for (boolean zh : new boolean[] {true, false}) {
                for (Texts.Text text : Texts.of(t, zh)) {
                    if (!text.field().startsWith("text.")) {
                        continue;
                    }
                    boolean says = zh
                            ? text.value().contains("论文")
                            : text.value().toLowerCase(Locale.ROOT).contains("paper");
                    if (!says) {
                        out.add(Finding.error(
                                id(),
                                t.origin(),
                                "",
                                "template " + t.id() + ", " + text.field()
                                        + ": the release column is the date the paper was published; say so ("
                                        + (zh ? "论文" : "paper") + ") instead of asking when it was released"));
                    }
                }
            }
        }
        return out;
    }
}
