package org.quiztrainer.study;

import org.quiztrainer.srs.optimizer.Optimization;
import org.quiztrainer.srs.optimizer.Progress;
import org.quiztrainer.srs.optimizer.TrainingConfig;
import org.quiztrainer.srs.optimizer.TrainingItems;

/** Fits weights to items: the optimiser, behind a seam so that tests can make a fit fail or run late. */
@FunctionalInterface
interface Fitter {

    Optimization fit(TrainingItems items, TrainingConfig config, Progress progress);
}
