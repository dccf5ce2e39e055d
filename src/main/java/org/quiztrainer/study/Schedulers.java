package org.quiztrainer.study;

import org.quiztrainer.srs.Parameters;
import org.quiztrainer.srs.Scheduler;

/** The FSRS-6 scheduler configured by a learner's settings. */
final class Schedulers {

    private Schedulers() {}

    static Scheduler of(StudySettings s) {
        Parameters p = new Parameters(
                Parameters.DEFAULT_WEIGHTS,
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
