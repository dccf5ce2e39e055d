package org.quiztrainer.study;

import java.time.Instant;

/**
 * A learner's latest optimisation run.
 *
 * @param status       where it is or how it ended
 * @param progress     0..1 (1 once finished; while running, as far as this node knows)
 * @param startedAt    when it started
 * @param finishedAt   when it ended, null while running
 * @param reschedule   whether due dates are recomputed with the new weights too
 * @param reviews      reviews read, null until known
 * @param items        training items (reviews a day or more after the card's previous one), null until known
 * @param before       the current weights' figures on the history, null until known
 * @param after        the new weights' figures on the same history, null until known
 * @param cardsUpdated cards whose memory was recomputed, null unless improved
 */
public record OptimisationRun(
        OptimisationStatus status,
        double progress,
        Instant startedAt,
        Instant finishedAt,
        boolean reschedule,
        Integer reviews,
        Integer items,
        FitFigures before,
        FitFigures after,
        Integer cardsUpdated) {}
