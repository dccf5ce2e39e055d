package org.quiztrainer.bank.io;

import java.io.IOException;
import java.util.List;

/**
 * A file refused because it passes a limit of {@link ImportLimits}: too large, too many entries, an
 * expansion ratio of a zip bomb, a path leaving the package, XML too deep or with a DTD. Nothing is read
 * further and nothing is written.
 */
public class ImportLimitException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient ImportProblem problem;

    public ImportLimitException(ImportProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    /** Convenience: a refusal at {@code where} with an i18n key, its arguments and the English message. */
    public ImportLimitException(Where where, String key, List<String> args, String english) {
        this(new ImportProblem(where, key, args, english));
    }

    /** The refusal, as a problem to show. */
    public ImportProblem problem() {
        return problem;
    }
}
