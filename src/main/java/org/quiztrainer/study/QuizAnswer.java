package org.quiztrainer.study;

import java.time.Duration;
import org.quiztrainer.grading.Response;

/**
 * One submitted quiz answer.
 *
 * @param hinted the learner saw a verdict that was not fully right before settling on this answer (immediate
 *               feedback), so it is recorded as Again
 */
public record QuizAnswer(String questionId, Response response, Duration answerTime, boolean hinted) {}
