package org.quiztrainer.classroom;

import java.time.Instant;
import java.util.List;

/**
 * A submitted attempt as its learner may review it, per the assignment's review options.
 *
 * @param submitted whether the attempt is submitted; one still in progress has nothing to review yet
 * @param available whether the review is open yet; if not, {@code availableFrom} says when it opens
 * @param score     the attempt's score 0..1, if the learner may see it; else null
 * @param items     the questions, with what the options allow; empty when not available
 */
public record AttemptReview(
        long attemptId,
        long assignmentId,
        String title,
        int number,
        boolean submitted,
        boolean available,
        Instant availableFrom,
        Double score,
        List<ReviewItem> items) {}
