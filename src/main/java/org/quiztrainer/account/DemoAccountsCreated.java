package org.quiztrainer.account;

import java.util.List;

/**
 * Published when {@code app.demo-data} created the demo accounts on an empty database (never when users
 * existed), so that other features may add demo data of their own.
 *
 * @param instructorId the demo instructor
 * @param adminId      the demo admin
 * @param learners     the demo learner first, then the classmates, by username
 */
public record DemoAccountsCreated(long instructorId, long adminId, List<Account> learners) {

    public DemoAccountsCreated {
        learners = List.copyOf(learners);
    }

    /** The demo learner ({@code learner}). */
    public long learnerId() {
        return learners.get(0).id();
    }

    /** A demo learner's id and username. */
    public record Account(long id, String username) {}
}
