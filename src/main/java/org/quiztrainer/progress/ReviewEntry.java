package org.quiztrainer.progress;

import java.time.Instant;
import org.quiztrainer.srs.State;
import org.quiztrainer.study.ReviewSource;

/**
 * One answer to a question, as the history shows it.
 *
 * @param intervalDays   the interval scheduled by this answer, in days (0 while in the learning steps)
 * @param stability      stability after the answer, in days
 * @param difficulty     difficulty after the answer, 1..10
 * @param retrievability predicted recall just before the answer, {@code null} for the first answer
 * @param withheld       a quiz answer whose mark the assignment does not show yet: rating, interval and memory
 *                       are left out (zero)
 */
public record ReviewEntry(
        Instant at,
        int rating,
        ReviewSource source,
        State stateBefore,
        State stateAfter,
        long intervalDays,
        double stability,
        double difficulty,
        Double retrievability,
        boolean withheld) {

    /** A quiz answer as the history may show it while its mark is withheld: when, and from where. */
    static ReviewEntry withheld(Instant at, ReviewSource source, State stateBefore) {
        return new ReviewEntry(at, 0, source, stateBefore, stateBefore, 0, 0, 0, null, true);
    }
}
