package org.quiztrainer.study;

/** Published when an attempt is submitted (by its learner, at its deadline or by the sweep). */
public record QuizSubmitted(long attemptId) {}
