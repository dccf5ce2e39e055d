package org.quiztrainer.srs.workload;

/**
 * How one simulated learner of the {@link StudyHistorySimulator} studies.
 *
 * @param ability     multiplies the true stability when recall is drawn: at 1 the learner remembers as the
 *                    default FSRS-6 weights predict, at 0.5 a memory fades twice as fast, at 1.5 it holds half as
 *                    long again (0.1 to 5)
 * @param studyShare  the probability of studying on a given day (0 to 1)
 * @param newPerDay   new cards introduced in a study session (0 to 9999)
 * @param sessionHour the local hour a session starts (0 to 23)
 * @param firstDay    the first simulated day on which the learner studies (0 for the first day)
 * @param restAtEnd   the last days of the simulation on which the learner does not study
 * @param seed        the seed of the learner's answers
 */
public record StudyHabits(
        double ability, double studyShare, int newPerDay, int sessionHour, int firstDay, int restAtEnd, long seed) {

    public StudyHabits {
        if (!(ability >= 0.1 && ability <= 5)) {
            throw new IllegalArgumentException("ability must be in 0.1..5, was " + ability);
        }
        if (!(studyShare >= 0 && studyShare <= 1)) {
            throw new IllegalArgumentException("studyShare must be in 0..1, was " + studyShare);
        }
        if (newPerDay < 0 || newPerDay > 9999) {
            throw new IllegalArgumentException("newPerDay must be in 0..9999, was " + newPerDay);
        }
        if (sessionHour < 0 || sessionHour > 23) {
            throw new IllegalArgumentException("sessionHour must be in 0..23, was " + sessionHour);
        }
        if (firstDay < 0 || restAtEnd < 0) {
            throw new IllegalArgumentException("firstDay and restAtEnd must be >= 0");
        }
    }
}
