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
        Double retrievability) {}
