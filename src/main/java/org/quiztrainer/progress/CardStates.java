package org.quiztrainer.progress;

/**
 * The learner's cards by state; suspended cards are counted apart from their state.
 *
 * @param unseen questions of the bank never answered
 */
public record CardStates(int unseen, int learning, int review, int relearning, int suspended) {}
