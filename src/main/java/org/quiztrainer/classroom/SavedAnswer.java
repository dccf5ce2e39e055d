package org.quiztrainer.classroom;

import org.quiztrainer.grading.Grade;

/**
 * The server kept an answer.
 *
 * @param grade   the grade, when the assignment gives feedback immediately; else null
 * @param version the saved answer's version, to pass with the next answer to this question
 */
public record SavedAnswer(String questionId, Grade grade, long version) {}
