package org.quiztrainer.classroom;

/**
 * An answer was refused because another window or session saved an answer to the same question since this
 * one was shown (or at the same moment); nothing was saved. The caller shows the attempt as it now is.
 */
public class AnswerConflictException extends RuntimeException {

    private final String questionId;

    public AnswerConflictException(String questionId) {
        super("Question " + questionId + " was answered elsewhere meanwhile");
        this.questionId = questionId;
    }

    public String questionId() {
        return questionId;
    }
}
