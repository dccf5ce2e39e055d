package org.quiztrainer.srs;

/** Where a card is in its life cycle, in the terms FSRS and Anki use. */
public enum State {
    /** Never reviewed. */
    NEW,
    /** Going through the learning steps after its first review. */
    LEARNING,
    /** Graduated: scheduled in whole days by the memory model. */
    REVIEW,
    /** Forgotten during review and going through the relearning steps. */
    RELEARNING
}
