package org.quiztrainer.study;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quiztrainer.account.CurrentUser;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.srs.optimizer.FsrsOptimizer;
import org.quiztrainer.srs.optimizer.LoggedReview;
import org.quiztrainer.srs.optimizer.StepRecommendation;
import org.quiztrainer.srs.optimizer.StepRecommender;
import org.quiztrainer.srs.optimizer.TrainingItems;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's memory model: what is in force and how well it fits, going back to the defaults, the
 * learning steps their history suggests, and recomputing cards from their history. Only the learner or
 * an admin may read or change it; another learner is refused.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class MemoryModelService {

    private final MemoryModelRepository models;
    private final OptimisationRepository runs;
    private final MemoryModels memoryModels;
    private final ReviewHistory history;
    private final MemoryRecompute recompute;
    private final StudySettingsService settings;
    private final OptimisationService optimisations;
    private final CurrentUser currentUser;

    MemoryModelService(
            MemoryModelRepository models,
            OptimisationRepository runs,
            MemoryModels memoryModels,
            ReviewHistory history,
            MemoryRecompute recompute,
            StudySettingsService settings,
            OptimisationService optimisations,
            CurrentUser currentUser) {
        this.models = models;
        this.runs = runs;
        this.memoryModels = memoryModels;
        this.history = history;
        this.recompute = recompute;
        this.settings = settings;
        this.optimisations = optimisations;
        this.currentUser = currentUser;
    }

    /** The learner's memory model and how well it predicts their history now. */
    @Transactional(readOnly = true)
    public MemoryModelStatus status(long learnerId) {
        currentUser.requireSelfOrAdmin(learnerId);
        StudySettings s = settings.current(learnerId);
        List<LoggedReview> log = history.log(learnerId);
        TrainingItems items = TrainingItems.of(log, s.zone(), s.dayStartHour());
        List<Double> weights = memoryModels.weights(learnerId);
        Optional<MemoryModelEntity> model = models.findById(learnerId);
        return new MemoryModelStatus(
                model.isPresent(),
                model.map(MemoryModelEntity::getFittedAt).orElse(null),
                model.map(MemoryModelEntity::getReviewCount).orElse(null),
                weights,
                log.size(),
                items.size(),
                FsrsOptimizer.trainingItemCount(items),
                FitFigures.of(items, weights).orElse(null),
                optimisations.latest(learnerId).orElse(null));
    }

    /**
     * Goes back to the FSRS-6 default weights and recomputes every card's memory with them (due dates too
     * with {@code reschedule}); the latest run's outcome is forgotten with them. Refused while an
     * optimisation runs.
     *
     * @return the number of cards whose memory changed
     */
    @Transactional
    public int resetToDefaults(long learnerId, boolean reschedule) {
        currentUser.requireSelfOrAdmin(learnerId);
        runs.lockByLearner(learnerId);
        if (optimisations.running(learnerId)) {
            throw new InvalidInputException(Map.of("optimise", "memory.error.running"));
        }
        runs.findById(learnerId).ifPresent(runs::delete);
        if (models.findById(learnerId).isEmpty()) {
            return 0;
        }
        models.deleteById(learnerId);
        models.flush();
        return recompute.recompute(
                learnerId,
                MemoryModels.with(settings.current(learnerId), MemoryModels.defaults()),
                reschedule,
                List.of());
    }

    /**
     * Recomputes the learner's cards of {@code questionIds} (every card if empty) from their own review
     * history with the learner's model, for example after an import wrote history into their log; due
     * dates too with {@code reschedule}.
     *
     * @return the number of cards whose memory changed
     */
    @Transactional
    public int recomputeMemory(long learnerId, Collection<String> questionIds, boolean reschedule) {
        currentUser.requireSelfOrAdmin(learnerId);
        return recompute.recompute(learnerId, memoryModels.scheduler(learnerId), reschedule, questionIds);
    }

    /** The learning and relearning steps the learner's history suggests at their desired retention. */
    @Transactional(readOnly = true)
    public StepRecommendation recommendSteps(long learnerId) {
        currentUser.requireSelfOrAdmin(learnerId);
        double retention = settings.current(learnerId).desiredRetention();
        return StepRecommender.recommend(
                history.log(learnerId),
                retention,
                memoryModels.weights(learnerId).get(20));
    }
}
