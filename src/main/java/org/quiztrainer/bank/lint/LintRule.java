package org.quiztrainer.bank.lint;

import java.util.List;

/** One kind of defect the lint looks for. */
interface LintRule {

    /** The rule's id, printed with each finding ({@code zh-punctuation}). */
    String id();

    /** Every finding of this rule in the bank. */
    List<Finding> check(LintInput input);
}
