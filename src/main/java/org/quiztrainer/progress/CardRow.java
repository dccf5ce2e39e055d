package org.quiztrainer.progress;

import org.quiztrainer.srs.Card;

/** A learner's card as stored, with the marks the scheduler does not know. */
record CardRow(String questionId, Card card, boolean suspended, boolean leech) {}
