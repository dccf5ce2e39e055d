package org.quiztrainer.bank.lint;

import java.util.Locale;

/** How bad a finding is: an error fails {@code scripts/bank check} and the build; a warning does not. */
public enum Severity {
    ERROR,
    WARNING;

    /** The word printed before a finding: {@code error} or {@code warning}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
