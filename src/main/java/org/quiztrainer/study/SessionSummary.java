package org.quiztrainer.study;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A study session in numbers.
 *
 * @param answered    answers given since the session started
 * @param passed      answers rated Hard, Good or Easy
 * @param timeSpent   total answering time
 * @param nextDue     when the next card (of any scope) comes due
 * @param dueTomorrow cards due during the next study day
 */
public record SessionSummary(
        int answered, int passed, Duration timeSpent, Optional<Instant> nextDue, long dueTomorrow) {

    /** Share of answers passed, 0 when nothing was answered. */
    public double accuracy() {
        return answered == 0 ? 0 : (double) passed / answered;
    }
}
