package org.quiztrainer.classroom;

/** An answer or action was refused because the attempt or assignment is closed; nothing was saved. */
public class AttemptClosedException extends RuntimeException {

    /** Why it was refused, so the learner is told what really happened. */
    public enum Reason {
        /** The attempt's deadline passed: it was submitted with what was saved before it. */
        TIME_UP,
        /** The attempt was submitted before its deadline, in another window or session. */
        SUBMITTED,
        /** The assignment is not open for the learner now. */
        NOT_OPEN,
        /** The learner has used every attempt. */
        NO_ATTEMPTS_LEFT
    }

    private final Reason reason;

    public AttemptClosedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
