package org.quiztrainer.bank.lint;

import java.util.ArrayList;
import java.util.List;
import org.quiztrainer.bank.QuestionBank;
import org.quiztrainer.bank.parse.FactGenerator;

/**
 * Runs every lint rule on a valid bank. The rules and what each looks for are listed in
 * {@code questions/README.md}; {@code scripts/bank check} prints the findings and {@code mvn verify}
 * fails on any finding in {@code questions/}, a warning too.
 */
public final class BankLint {

    private static final List<LintRule> RULES = rules();

    private BankLint() {}

    /** Every finding of every rule, ordered by file and line. */
    public static List<Finding> check(QuestionBank bank) {
        LintInput input = new LintInput(bank, FactGenerator.generateWithSources(bank.templates(), bank.models()));
        List<Finding> out = new ArrayList<>();
        for (LintRule rule : RULES) {
            out.addAll(rule.check(input));
        }
        return out.stream().distinct().sorted(Finding.ORDER).toList();
    }

    /** The ids of the rules, in the order they run. */
    public static List<String> ruleIds() {
        return RULES.stream().map(LintRule::id).toList();
    }

    private static List<LintRule> rules() {
        List<LintRule> rules = new ArrayList<>(CaveatRule.all());
        rules.add(new ReleaseDateRule());
        rules.add(new AnswerInPromptRule());
        rules.add(new DistractorRule());
        rules.add(new TableContradictionRule());
        rules.add(new KnownErrorRule());
        rules.addAll(AcceptListRule.all());
        rules.add(new UnitWordRule());
        rules.add(PunctuationRule.chinese());
        rules.add(PunctuationRule.english());
        return List.copyOf(rules);
    }
}
