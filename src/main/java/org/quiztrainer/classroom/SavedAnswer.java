package org.quiztrainer.classroom;

import org.quiztrainer.grading.Grade;

/**
 * The server kept an answer.
 *
 * @param grade the grade, when the assignment gives feedback immediately; else null
 */
public record SavedAnswer(String questionId, Grade grade) {}
