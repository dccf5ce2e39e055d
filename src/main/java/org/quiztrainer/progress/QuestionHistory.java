package org.quiztrainer.progress;

import java.util.List;

/**
 * A question's life in the learner's memory.
 *
 * @param question the question as the learner remembers it now
 * @param reviews  every answer, oldest first
 * @param curve    predicted recall from the first answer to now: 1 just after each answer, falling between
 */
public record QuestionHistory(QuestionRecall question, List<ReviewEntry> reviews, List<RecallPoint> curve) {}
