package org.quiztrainer.bank.lint;

import java.util.Comparator;
import org.quiztrainer.bank.Location;

/**
 * One thing a lint rule found.
 *
 * @param severity   error or warning
 * @param rule       the rule's id, e.g. {@code zh-punctuation}
 * @param at         where to fix it: the question's block, the template, or the row of the table
 * @param questionId the question concerned, or empty when the finding is about a template or a row
 * @param reason     what is wrong and how to fix it
 */
public record Finding(Severity severity, String rule, Location at, String questionId, String reason) {

    /** Orders findings by file, line, rule and question. */
    public static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.at().file())
            .thenComparingInt(f -> f.at().line())
            .thenComparing(Finding::rule)
            .thenComparing(Finding::questionId)
            .thenComparing(Finding::reason);

    public Finding {
        if (severity == null || rule == null || at == null || reason == null) {
            throw new IllegalArgumentException("a finding needs a severity, a rule, a place and a reason");
        }
        questionId = questionId == null ? "" : questionId;
    }

    /** An error about a question. */
    static Finding error(String rule, Location at, String questionId, String reason) {
        return new Finding(Severity.ERROR, rule, at, questionId, reason);
    }

    /** A warning about a question. */
    static Finding warning(String rule, Location at, String questionId, String reason) {
        return new Finding(Severity.WARNING, rule, at, questionId, reason);
    }

    /** Whether this is an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line: error [rule] question: reason}. */
    @Override
    public String toString() {
        return at + ": " + severity.label() + " [" + rule + "] " + (questionId.isEmpty() ? "" : questionId + ": ")
                + reason;
    }
}
