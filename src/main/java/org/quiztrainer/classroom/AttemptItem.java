package org.quiztrainer.classroom;

import org.quiztrainer.bank.Question;
import org.quiztrainer.grading.Response;

/**
 * One question of an attempt. The question is there for the answer input (choices, items, pairs); a view
 * taking an attempt shows nothing of its key.
 *
 * @param saved   the answer saved on the server, or null
 * @param score   its score, when the assignment gives feedback immediately; else null
 * @param version the saved answer's version (null when none): an answer given against an older one is refused
 */
public record AttemptItem(String questionId, Question question, Response saved, Double score, Long version) {}
