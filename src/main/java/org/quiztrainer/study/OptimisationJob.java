package org.quiztrainer.study;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.quiztrainer.srs.optimizer.FitStoppedException;
import org.quiztrainer.srs.optimizer.FsrsOptimizer;
import org.quiztrainer.srs.optimizer.LoggedReview;
import org.quiztrainer.srs.optimizer.Optimization;
import org.quiztrainer.srs.optimizer.Progress;
import org.quiztrainer.srs.optimizer.TrainingConfig;
import org.quiztrainer.srs.optimizer.TrainingItems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One optimisation run, on a background thread: reads the learner's history, fits, and keeps the new
 * weights only if their log loss on that history is lower than the current weights' (Anki's rule), then
 * recomputes every card's memory with them. Too little history, a fit that outlasts
 * {@code app.memory-model.timeout} (default 2 minutes) or a failure leave the current weights in force and
 * the run row says which. Progress goes to the run row, so every node can show it. A run whose token is no
 * longer the row's (it was declared stale and started again) writes nothing.
 */
@Component
class OptimisationJob {

    private static final Logger LOG = LoggerFactory.getLogger(OptimisationJob.class);
    private static final double PROGRESS_STEP = 0.02;

    private final OptimisationRepository runs;
    private final MemoryModelRepository models;
    private final MemoryModels memoryModels;
    private final ReviewHistory history;
    private final MemoryRecompute recompute;
    private final StudySettingsService settings;
    private final Fitter fitter;
    private final Clock clock;
    private final TransactionTemplate writes;
    private final TransactionTemplate reads;
    private final Duration timeout;

    OptimisationJob(
            OptimisationRepository runs,
            MemoryModelRepository models,
            MemoryModels memoryModels,
            ReviewHistory history,
            MemoryRecompute recompute,
            StudySettingsService settings,
            Fitter fitter,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${app.memory-model.timeout:PT2M}") Duration timeout) {
        this.runs = runs;
        this.models = models;
        this.memoryModels = memoryModels;
        this.history = history;
        this.recompute = recompute;
        this.settings = settings;
        this.fitter = fitter;
        this.clock = clock;
        this.writes = new TransactionTemplate(transactions);
        this.writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
        this.timeout = timeout;
    }

    /** How long a fit may take. */
    Duration timeout() {
        return timeout;
    }

    /** Runs the optimisation {@code token} of the learner to its end; never throws. */
    void run(long learnerId, String token, boolean reschedule) {
        Instant deadline = clock.instant().plus(timeout);
        Integer reviews = null;
        Integer itemCount = null;
        FitFigures before = null;
        FitFigures after = null;
        try {
            Snapshot snapshot = reads.execute(status ->
                    new Snapshot(settings.current(learnerId), history.log(learnerId), memoryModels.weights(learnerId)));
            TrainingItems items = TrainingItems.of(
                    snapshot.log(),
                    snapshot.settings().zone(),
                    snapshot.settings().dayStartHour());
            reviews = snapshot.log().size();
            itemCount = items.size();
            before = FitFigures.of(items, snapshot.weights()).orElse(null);
            Reporter reporter = new Reporter(learnerId, token, deadline);
            reporter.report(0.05);
            if (FsrsOptimizer.trainingItemCount(items) < FsrsOptimizer.MIN_ITEMS) {
                finish(learnerId, token, OptimisationStatus.TOO_LITTLE, reviews, itemCount, before, null, null);
                return;
            }
            TrainingConfig config = TrainingConfig.defaults()
                    .withRelearningSteps(snapshot.settings().relearningSteps().size())
                    .withThreads(Math.min(2, Runtime.getRuntime().availableProcessors()));
            Optimization fit = fitter.fit(items, config, reporter);
            if (fit.outcome() == Optimization.Outcome.DEFAULTS) {
                finish(learnerId, token, OptimisationStatus.TOO_LITTLE, reviews, itemCount, before, null, null);
                return;
            }
            after = FitFigures.of(items, fit.weights()).orElse(null);
            if (after == null || (before != null && after.logLoss() >= before.logLoss())) {
                finish(learnerId, token, OptimisationStatus.NOT_BETTER, reviews, itemCount, before, after, null);
                return;
            }
            reporter.report(0.95);
            keep(learnerId, token, reschedule, fit.weights(), reviews, itemCount, before, after);
        } catch (FitStoppedException e) {
            end(learnerId, token, OptimisationStatus.TIMED_OUT, reviews, itemCount, before);
        } catch (RuntimeException e) {
            LOG.warn("Optimisation of learner {} failed; the current weights stay", learnerId, e);
            end(learnerId, token, OptimisationStatus.FAILED, reviews, itemCount, before);
        }
    }

    private void end(
            long learnerId,
            String token,
            OptimisationStatus status,
            Integer reviews,
            Integer items,
            FitFigures before) {
        try {
            finish(learnerId, token, status, reviews, items, before, null, null);
        } catch (RuntimeException e) {
            LOG.error("Could not record the end of learner {}'s optimisation", learnerId, e);
        }
    }

    /** Saves the new weights, recomputes the cards and ends the run, in one transaction (retried on a clash). */
    private void keep(
            long learnerId,
            String token,
            boolean reschedule,
            List<Double> weights,
            int reviews,
            int items,
            FitFigures before,
            FitFigures after) {
        for (int attempt = 1; ; attempt++) {
            try {
                writes.executeWithoutResult(status -> {
                    OptimisationEntity run = runs.lockByLearner(learnerId)
                            .filter(r -> token.equals(r.getRunToken()))
                            .orElseThrow(() -> new IllegalStateException("the run was superseded"));
                    MemoryModelEntity model =
                            models.findById(learnerId).orElseGet(() -> new MemoryModelEntity(learnerId));
                    model.fitted(weights, clock.instant(), reviews, items, after);
                    models.save(model);
                    int changed = recompute.recompute(
                            learnerId, MemoryModels.with(settings.current(learnerId), weights), reschedule, List.of());
                    run.finish(OptimisationStatus.IMPROVED, clock.instant(), reviews, items, before, after, changed);
                });
                return;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Ends the run {@code token} (nothing if the learner's row is another run by now). */
    void finish(
            long learnerId,
            String token,
            OptimisationStatus status,
            Integer reviews,
            Integer items,
            FitFigures before,
            FitFigures after,
            Integer cards) {
        writes.executeWithoutResult(tx -> runs.lockByLearner(learnerId)
                .filter(r -> token.equals(r.getRunToken()))
                .ifPresent(r -> r.finish(status, clock.instant(), reviews, items, before, after, cards)));
    }

    /** What a run reads before fitting. */
    private record Snapshot(StudySettings settings, List<LoggedReview> log, List<Double> weights) {}

    /**
     * The fit's progress, written to the run row whenever it has moved by {@value #PROGRESS_STEP} (the fit
     * takes 5 % to 90 %); asks the fit to stop once the deadline has passed.
     */
    private final class Reporter implements Progress {

        private final long learnerId;
        private final String token;
        private final Instant deadline;
        private double written = -1;

        Reporter(long learnerId, String token, Instant deadline) {
            this.learnerId = learnerId;
            this.token = token;
            this.deadline = deadline;
        }

        @Override
        public synchronized boolean update(long done, long total) {
            double value = 0.05 + 0.85 * done / Math.max(1, total);
            if (value - written >= PROGRESS_STEP) {
                report(value);
            }
            return !clock.instant().isAfter(deadline);
        }

        synchronized void report(double value) {
            written = value;
            writes.executeWithoutResult(tx -> runs.progress(learnerId, token, value, OptimisationStatus.RUNNING));
        }
    }
}
