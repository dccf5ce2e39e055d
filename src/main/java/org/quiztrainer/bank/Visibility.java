package org.quiztrainer.bank;

/** Who may study a bank besides its owner and co-editors. */
public enum Visibility {
    /** Nobody else. */
    PRIVATE,
    /** The learners (and instructors) of the classes it is shared with. */
    CLASSES,
    /** Everyone signed in. */
    PUBLIC
}
