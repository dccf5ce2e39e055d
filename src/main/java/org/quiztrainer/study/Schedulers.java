package org.quiztrainer.study;

import java.util.List;
import org.quiztrainer.srs.Parameters;
import org.quiztrainer.srs.Scheduler;

/**
 * How a learner's scheduler is put together from their settings and weights. Only {@link MemoryModels}
 * calls it (ArchitectureTest checks that nothing else builds FSRS parameters or names the default weights).
 */
final class Schedulers {

    private Schedulers() {}

    /** The FSRS-6 defaults, in force until a learner's own weights fit better. */
    static List<Double> defaultWeights() {
        return Parameters.DEFAULT_WEIGHTS;
    }

    static Scheduler of(StudySettings s, List<Double> weights) {
        Parameters p = new Parameters(
                weights,
                s.desiredRetention(),
                36500,
                s.learningSteps(),
                s.relearningSteps(),
                true,
                true,
                s.dayStartHour(),
                s.zone());
        return new Scheduler(p);
    }
}
