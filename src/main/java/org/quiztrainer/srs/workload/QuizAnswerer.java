package org.quiztrainer.srs.workload;

import java.time.Duration;
import org.quiztrainer.srs.Rating;

/** Turns a simulated quiz answer into the rating the memory model records (the grader's suggestion). */
@FunctionalInterface
public interface QuizAnswerer {

    /**
     * The rating of an answer to {@code questionId} that took {@code time}.
     *
     * @param recalled whether the learner remembered the answer (else they answer wrongly)
     */
    Rating rate(String questionId, boolean recalled, Duration time);
}
