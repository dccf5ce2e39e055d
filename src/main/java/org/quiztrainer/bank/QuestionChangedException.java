package org.quiztrainer.bank;

import java.util.List;

/**
 * A save refused because someone else saved the question since the editor opened it (optimistic locking). Nothing
 * was written; the editor shows the newer version.
 */
public class QuestionChangedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> questionIds;

    public QuestionChangedException(List<String> questionIds) {
        super("Changed by someone else since it was opened: " + questionIds);
        this.questionIds = List.copyOf(questionIds);
    }

    /** The questions that changed. */
    public List<String> questionIds() {
        return questionIds;
    }
}
