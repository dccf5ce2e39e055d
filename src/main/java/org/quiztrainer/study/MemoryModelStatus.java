package org.quiztrainer.study;

import java.time.Instant;
import java.util.List;
import org.quiztrainer.srs.optimizer.FsrsOptimizer;

/**
 * A learner's memory model as the settings show it.
 *
 * @param fitted           whether their own fitted weights are in force (else the FSRS-6 defaults)
 * @param fittedAt         when they were fitted, null for the defaults
 * @param fittedOnReviews  how many reviews they were fitted on, null for the defaults
 * @param weights          the 21 weights in force
 * @param reviews          the learner's answers so far
 * @param items            answers given a day or more after the card's previous answer (what FSRS learns from)
 * @param trainingItems    of those, the ones left after the optimiser's outlier filter
 * @param current          how well the weights in force predict the learner's history, null when too
 *                         little history is left after the filter to measure it
 * @param lastRun          the latest optimisation run, null if none
 */
public record MemoryModelStatus(
        boolean fitted,
        Instant fittedAt,
        Integer fittedOnReviews,
        List<Double> weights,
        int reviews,
        int items,
        int trainingItems,
        FitFigures current,
        OptimisationRun lastRun) {

    public MemoryModelStatus {
        weights = List.copyOf(weights);
    }

    /** Whether there is enough history for a fit (fsrs-rs keeps the defaults below 8 training items). */
    public boolean canOptimise() {
        return trainingItems >= FsrsOptimizer.MIN_ITEMS;
    }

    /** Training items still missing before Optimise can fit anything. */
    public int itemsNeeded() {
        return Math.max(0, FsrsOptimizer.MIN_ITEMS - trainingItems);
    }

    /** Whether all 21 weights would be fitted (fsrs-rs fits only the initial stabilities below 64). */
    public boolean fullFit() {
        return trainingItems >= FsrsOptimizer.MIN_ITEMS_FOR_FULL_FIT;
    }

    /** Whether an optimisation is running now. */
    public boolean running() {
        return lastRun != null && !lastRun.status().finished();
    }
}
