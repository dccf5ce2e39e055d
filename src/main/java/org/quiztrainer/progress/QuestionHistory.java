package org.quiztrainer.progress;

import java.util.List;

/**
 * A question's life in the learner's memory.
 *
 * @param question the question as the learner remembers it now
 * @param reviews  every answer, oldest first (quiz answers whose mark is withheld without it)
 * @param curve    predicted recall from the first answer to now: 1 just after each answer, falling between
 *                 (without the answers whose mark is withheld)
 */
public record QuestionHistory(QuestionRecall question, List<ReviewEntry> reviews, List<RecallPoint> curve) {

    /** The answers whose marks and memory the learner may see. */
    public List<ReviewEntry> visibleReviews() {
        return reviews.stream().filter(r -> !r.withheld()).toList();
    }
}
