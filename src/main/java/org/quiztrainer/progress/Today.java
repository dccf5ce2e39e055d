package org.quiztrainer.progress;

/**
 * The learner's study day so far.
 *
 * @param due          reviews left today (within the daily limit)
 * @param learning     cards in their learning or relearning steps due today
 * @param newCards     new cards still to be introduced today (within the daily limit)
 * @param studiedToday distinct cards answered since the study day started
 * @param reviewsToday answers given since the study day started
 * @param streak       consecutive study days with at least one answer, ending today (or yesterday, when
 *                     today has none yet: the streak is still alive until the day ends)
 */
public record Today(int due, int learning, int newCards, int studiedToday, int reviewsToday, int streak) {}
