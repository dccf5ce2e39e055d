package org.quiztrainer.classroom;

import org.quiztrainer.bank.Question;
import org.quiztrainer.grading.Response;

/**
 * One question of an attempt.
 *
 * @param saved the answer saved on the server, or null
 * @param score its score, when the assignment gives feedback immediately; else null
 */
public record AttemptItem(String questionId, Question question, Response saved, Double score) {}
