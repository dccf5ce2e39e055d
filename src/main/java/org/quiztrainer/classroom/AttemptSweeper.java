package org.quiztrainer.classroom;

import java.time.Clock;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submits attempts whose deadline passed even if their learner never comes back, so gradebooks are complete.
 * (Every access also submits a due attempt first, so the sweep's timing never changes a result.)
 */
@Configuration
@EnableScheduling
class AttemptSweeper {

    private final AttemptRepository attempts;
    private final AssignmentRepository assignments;
    private final AttemptRules rules;
    private final Clock clock;

    AttemptSweeper(AttemptRepository attempts, AssignmentRepository assignments, AttemptRules rules, Clock clock) {
        this.attempts = attempts;
        this.assignments = assignments;
        this.rules = rules;
        this.clock = clock;
    }

    /** Submits every attempt in progress whose deadline has passed; how many. */
    @Scheduled(fixedDelayString = "${app.attempt-sweep-ms:30000}", initialDelayString = "${app.attempt-sweep-ms:30000}")
    @Transactional
    public int sweep() {
        int done = 0;
        for (AttemptEntity t : attempts.findBySubmittedAtIsNull()) {
            if (rules.finishIfDue(t, assignments.findById(t.getAssignmentId()).orElseThrow(), clock.instant())) {
                done++;
            }
        }
        return done;
    }
}
