package org.quiztrainer.bank;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading a bank folder: the bank when it is valid, and every problem found.
 *
 * @param bank     the bank, present only when there are no problems
 * @param problems every problem, ordered by file and line
 */
public record BankLoadResult(Optional<QuestionBank> bank, List<BankProblem> problems) {

    public BankLoadResult {
        problems = problems.stream().sorted(BankProblem.ORDER).toList();
        if (bank.isPresent() && !problems.isEmpty()) {
            throw new IllegalArgumentException("a bank with problems is not a bank");
        }
    }

    /** Whether the folder held a valid bank. */
    public boolean isValid() {
        return bank.isPresent();
    }
}
