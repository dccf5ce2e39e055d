package org.quiztrainer.progress;

import java.time.Instant;
import java.util.List;

/**
 * One learner's row of the class matrix.
 *
 * @param recallNow      mean predicted recall now per topic, in the order of {@link ClassProgress#topics()}
 * @param recallWeek     the same in 7 days
 * @param assignedRecall mean predicted recall now over the questions of the class's assignments (their fixed
 *                       questions and the questions of their topics), {@code NaN} when nothing is assigned
 * @param lastAnswer     the learner's last answer anywhere, {@code null} if none
 * @param answersWeek    answers in the last 7 days
 * @param lowRecall      at risk: assigned recall under {@link ClassProgress#AT_RISK_RECALL}
 * @param inactive       at risk: no answer in the last 7 days
 */
public record LearnerProgress(
        long learnerId,
        String username,
        String displayName,
        List<Double> recallNow,
        List<Double> recallWeek,
        double assignedRecall,
        Instant lastAnswer,
        int answersWeek,
        boolean lowRecall,
        boolean inactive) {

    /** Low recall on assigned topics, or inactive for a week. */
    public boolean atRisk() {
        return lowRecall || inactive;
    }
}
