package org.quiztrainer.study;

/** Where a learner's optimisation run is, or how it ended. */
public enum OptimisationStatus {
    /** Reading the history, fitting or saving. */
    RUNNING,
    /** New weights fitted better and are in force; every card's memory was recomputed. */
    IMPROVED,
    /** New weights did not fit better than the current ones, which stay (Anki's rule). */
    NOT_BETTER,
    /** Too little history to fit: the current weights stay. */
    TOO_LITTLE,
    /** The fit took longer than allowed: the current weights stay. */
    TIMED_OUT,
    /** The fit failed: the current weights stay. */
    FAILED;

    /** Whether the run has ended. */
    public boolean finished() {
        return this != RUNNING;
    }
}
