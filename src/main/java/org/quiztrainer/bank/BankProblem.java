package org.quiztrainer.bank;

import java.util.Comparator;

/**
 * One problem found while reading the bank.
 *
 * @param file   the path relative to the bank folder
 * @param line   the 1-based line, or 0 for the file as a whole
 * @param reason what is wrong, for the author
 */
public record BankProblem(String file, int line, String reason) {

    /** Orders problems by file, then line. */
    public static final Comparator<BankProblem> ORDER =
            Comparator.comparing(BankProblem::file).thenComparingInt(BankProblem::line);

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
