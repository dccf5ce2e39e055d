package org.quiztrainer.srs.optimizer;

/** Told how far a fit is; answering false stops it. */
@FunctionalInterface
public interface Progress {

    /** Nothing to tell, never stops. */
    Progress NONE = (done, total) -> true;

    /**
     * Called after each step.
     *
     * @param done  items processed so far, over all epochs
     * @param total items to process in all
     * @return false to stop the fit
     */
    boolean update(long done, long total);
}
