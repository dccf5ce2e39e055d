package org.quiztrainer.classroom;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.quiztrainer.cluster.NodeName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submits attempts whose deadline passed even if their learner never comes back, so gradebooks are complete.
 * (Reads show a due attempt as submitted already, so the sweep's timing never changes what anyone sees.)
 *
 * <p>Safe on every node at once: it reads only the due attempts, a batch at a time, and submits each in a
 * transaction of its own that first claims the attempt with {@code SELECT ... FOR UPDATE SKIP LOCKED}. An
 * attempt another node (or the learner) is submitting at that moment is skipped, one already submitted is
 * not found, so each attempt is submitted exactly once and no node waits for another.
 */
@Configuration
@EnableScheduling
class AttemptSweeper {

    private static final Logger LOG = LoggerFactory.getLogger(AttemptSweeper.class);
    static final int BATCH = 100;

    private final AttemptRepository attempts;
    private final AssignmentRepository assignments;
    private final AttemptRules rules;
    private final TransactionTemplate eachOwn;
    private final Clock clock;
    private final NodeName node;

    AttemptSweeper(
            AttemptRepository attempts,
            AssignmentRepository assignments,
            AttemptRules rules,
            PlatformTransactionManager transactions,
            Clock clock,
            NodeName node) {
        this.attempts = attempts;
        this.assignments = assignments;
        this.rules = rules;
        this.eachOwn = new TransactionTemplate(transactions);
        this.clock = clock;
        this.node = node;
    }

    /** Submits every attempt in progress whose deadline has passed; how many this node submitted. */
    @Scheduled(fixedDelayString = "${app.attempt-sweep-ms:30000}", initialDelayString = "${app.attempt-sweep-ms:30000}")
    public int sweep() {
        Instant now = clock.instant();
        int done = 0;
        try {
            for (long assignmentId : attempts.assignmentsWithOpenAttempts()) {
                AssignmentEntity a = assignments.findById(assignmentId).orElse(null);
                if (a != null) {
                    done += sweep(a, now);
                }
            }
        } catch (DataAccessResourceFailureException | CannotCreateTransactionException e) {
            LOG.warn("Sweep stopped, the database cannot be reached (next try in the next sweep): {}", e.getMessage());
        }
        return done;
    }

    private int sweep(AssignmentEntity a, Instant now) {
        var limit = a.settings().timeLimit();
        Instant limitCutoff = limit == null ? Instant.EPOCH : now.minus(limit);
        int done = 0;
        long after = 0;
        for (List<Long> due = page(a, after, limitCutoff, now);
                !due.isEmpty();
                due = page(a, after, limitCutoff, now)) {
            for (long id : due) {
                if (submitIfDue(id, now)) {
                    done++;
                }
            }
            after = due.get(due.size() - 1);
        }
        return done;
    }

    private List<Long> page(AssignmentEntity a, long after, Instant limitCutoff, Instant now) {
        return attempts.dueIds(a.getId(), after, limitCutoff, a.getClosesAt(), now, PageRequest.of(0, BATCH));
    }

    private boolean submitIfDue(long id, Instant now) {
        try {
            Boolean submitted = eachOwn.execute(s -> {
                if (attempts.claimInProgress(id).isEmpty()) {
                    return false;
                }
                AttemptEntity t = attempts.findById(id).orElseThrow();
                AssignmentEntity a = assignments.findById(t.getAssignmentId()).orElseThrow();
                return rules.finishIfDue(t, a, now);
            });
            if (Boolean.TRUE.equals(submitted)) {
                LOG.info("Attempt {} submitted at its deadline by the sweep on {}", id, node);
                return true;
            }
        } catch (OptimisticLockingFailureException e) {
            LOG.debug("Attempt {} was submitted elsewhere meanwhile", id);
        }
        return false;
    }
}
