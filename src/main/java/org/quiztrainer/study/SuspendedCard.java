package org.quiztrainer.study;

/**
 * A suspended card of the learner.
 *
 * @param leech suspended as a leech (else by the learner)
 */
public record SuspendedCard(String questionId, boolean leech) {}
