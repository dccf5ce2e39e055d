package org.quiztrainer.study;

import java.time.Instant;
import org.quiztrainer.srs.State;

/**
 * What an answer did to the card.
 *
 * @param score      the graded score 0..1, or null for a self-graded flashcard
 * @param becameLeech the card lapsed too often and was suspended as a leech
 */
public record AnswerResult(String questionId, State state, Instant due, Double score, boolean becameLeech) {}
