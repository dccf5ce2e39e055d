package org.quiztrainer.account;

/** What a user may do: study, run classes, or administer the app. */
public enum Role {
    LEARNER,
    INSTRUCTOR,
    ADMIN;

    /** The Spring Security authority of this role, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
