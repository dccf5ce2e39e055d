package org.quiztrainer.study;

import java.time.Duration;
import org.quiztrainer.grading.Response;

/**
 * One submitted quiz answer.
 *
 * @param hinted   the learner saw a verdict that was not fully right before settling on this answer (immediate
 *                 feedback), so it is recorded as Again
 * @param revision the revision of the question the attempt showed (0 when unknown): an answer to a revision
 *                 changed since does not enter the memory, which follows the current one
 */
public record QuizAnswer(String questionId, Response response, Duration answerTime, boolean hinted, int revision) {}
