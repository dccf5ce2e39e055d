package org.quiztrainer.study;

/** Where an answer was given; all of them feed the same memory model. */
public enum ReviewSource {
    /** A scheduled review or a new card in a study session. */
    STUDY,
    /** A practice round: answered ahead of schedule. */
    PRACTICE,
    /** A question of an assigned quiz. */
    QUIZ,
    /** An answer given in another app, brought in with its history (an Anki package's review log); never undone. */
    IMPORT
}
