package org.quiztrainer.study;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.quiztrainer.account.CurrentUser;
import org.quiztrainer.account.InvalidInputException;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Optimise: fits FSRS-6 weights to a learner's own review history in the background ({@link OptimisationJob}
 * on the {@link OptimisationExecutor}). A run is started once per learner at a time: the run row in the
 * database is the lock, so this holds across nodes, and a run whose node stopped answering counts as failed
 * once it is a minute past the timeout. Leaving the page does not stop a run. Only the learner or an admin
 * may start or read a learner's runs.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class OptimisationService {

    private static final Duration GRACE = Duration.ofMinutes(1);

    private final OptimisationRepository runs;
    private final OptimisationJob job;
    private final OptimisationExecutor executor;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate writes;
    private final TransactionTemplate reads;

    OptimisationService(
            OptimisationRepository runs,
            OptimisationJob job,
            OptimisationExecutor executor,
            CurrentUser currentUser,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.runs = runs;
        this.job = job;
        this.executor = executor;
        this.currentUser = currentUser;
        this.clock = clock;
        this.writes = new TransactionTemplate(transactions);
        this.writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
    }

    /**
     * Starts an optimisation of the learner's weights and returns at once; refused with
     * {@link InvalidInputException} (field {@code optimise}) while one runs for them or when the server is too
     * busy. With {@code reschedule}, due dates follow the new weights too.
     */
    public OptimisationRun start(long learnerId, boolean reschedule) {
        currentUser.requireSelfOrAdmin(learnerId);
        String token = UUID.randomUUID().toString();
        OptimisationRun run;
        try {
            run = writes.execute(status -> claim(learnerId, token, reschedule));
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException e) {
            throw new InvalidInputException(Map.of("optimise", "memory.error.running"));
        }
        try {
            executor.executor().execute(() -> job.run(learnerId, token, reschedule));
        } catch (TaskRejectedException e) {
            job.finish(learnerId, token, OptimisationStatus.FAILED, null, null, null, null, null);
            throw new InvalidInputException(Map.of("optimise", "memory.error.busy"));
        }
        return run;
    }

    /** The learner's latest run, if they ever optimised; a run whose node stopped answering shows as failed. */
    public Optional<OptimisationRun> run(long learnerId) {
        currentUser.requireSelfOrAdmin(learnerId);
        return reads.execute(status -> latest(learnerId));
    }

    /** The latest run as it should be shown; callers check access and hold a transaction. */
    Optional<OptimisationRun> latest(long learnerId) {
        return runs.findById(learnerId).map(this::view);
    }

    private OptimisationRun view(OptimisationEntity r) {
        OptimisationRun run = r.toRun();
        if (run.status() == OptimisationStatus.RUNNING && stale(r)) {
            return new OptimisationRun(
                    OptimisationStatus.FAILED,
                    1,
                    run.startedAt(),
                    null,
                    run.reschedule(),
                    null,
                    null,
                    null,
                    null,
                    null);
        }
        return run;
    }

    private boolean stale(OptimisationEntity r) {
        return r.getStartedAt().plus(job.timeout()).plus(GRACE).isBefore(clock.instant());
    }

    /** Makes the learner's run row this run, unless another one is running. */
    private OptimisationRun claim(long learnerId, String token, boolean reschedule) {
        OptimisationEntity row = runs.lockByLearner(learnerId).orElse(null);
        if (row != null && row.getStatus() == OptimisationStatus.RUNNING && !stale(row)) {
            throw new InvalidInputException(Map.of("optimise", "memory.error.running"));
        }
        if (row == null) {
            row = new OptimisationEntity(learnerId);
        }
        row.start(token, clock.instant(), reschedule);
        return runs.saveAndFlush(row).toRun();
    }

    /** Whether a run is going on for the learner now; callers check access and hold a transaction. */
    boolean running(long learnerId) {
        return latest(learnerId).map(r -> !r.status().finished()).orElse(false);
    }
}
