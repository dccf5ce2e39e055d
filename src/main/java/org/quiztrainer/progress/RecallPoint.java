package org.quiztrainer.progress;

import java.time.Instant;

/** Predicted recall of a card at an instant, for the recall-over-time curve. */
public record RecallPoint(Instant at, double recall) {}
