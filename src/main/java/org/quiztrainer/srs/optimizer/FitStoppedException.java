package org.quiztrainer.srs.optimizer;

/** Thrown when a fit is stopped through its {@link Progress} before it finished. */
public class FitStoppedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FitStoppedException() {
        super("the fit was stopped before it finished");
    }
}
