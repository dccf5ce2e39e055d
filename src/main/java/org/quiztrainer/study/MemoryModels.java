package org.quiztrainer.study;

import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quiztrainer.srs.Scheduler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that builds a learner's memory model: their own fitted FSRS-6 weights, or the defaults
 * until they have some, with their study settings. Everything that predicts memory (the next interval and
 * its previews, mastery and forecasts, the class matrix, the weakest questions) takes its scheduler from
 * here. For other services: it does not check who asks, its callers do.
 */
@Service
public class MemoryModels {

    private final MemoryModelRepository models;
    private final SettingsRepository settings;
    private final StudySettingsService studySettings;

    MemoryModels(MemoryModelRepository models, SettingsRepository settings, StudySettingsService studySettings) {
        this.models = models;
        this.settings = settings;
        this.studySettings = studySettings;
    }

    /** The scheduler of the default settings and the FSRS-6 default weights, for a card shown without a learner. */
    public static Scheduler defaultScheduler() {
        return Schedulers.of(StudySettings.defaults(ZoneOffset.UTC), Schedulers.defaultWeights());
    }

    /** The learner's scheduler with their saved settings (the defaults in UTC if they saved none). */
    @Transactional(readOnly = true)
    public Scheduler scheduler(long learnerId) {
        return Schedulers.of(studySettings.current(learnerId), weights(learnerId));
    }

    /** The learner's schedulers, by learner. */
    @Transactional(readOnly = true)
    public Map<Long, Scheduler> schedulers(Collection<Long> learnerIds) {
        Map<Long, StudySettings> saved = settings.findAllById(learnerIds).stream()
                .collect(Collectors.toMap(SettingsEntity::getLearnerId, SettingsEntity::toSettings));
        Map<Long, MemoryModelEntity> fitted = models.findAllById(learnerIds).stream()
                .collect(Collectors.toMap(MemoryModelEntity::getLearnerId, Function.identity()));
        Map<Long, Scheduler> out = new HashMap<>();
        for (long id : learnerIds) {
            StudySettings s = saved.getOrDefault(id, StudySettings.defaults(ZoneOffset.UTC));
            MemoryModelEntity model = fitted.get(id);
            out.put(id, Schedulers.of(s, model == null ? Schedulers.defaultWeights() : weightsOf(model)));
        }
        return out;
    }

    /** The learner's scheduler with the settings {@code s}. */
    Scheduler scheduler(long learnerId, StudySettings s) {
        return Schedulers.of(s, weights(learnerId));
    }

    /** A scheduler with the settings {@code s} and the given weights (a fit being tried, a simulation). */
    static Scheduler with(StudySettings s, List<Double> weights) {
        return Schedulers.of(s, weights);
    }

    /** The learner's weights: their fitted ones, or the defaults. */
    List<Double> weights(long learnerId) {
        return models.findById(learnerId).map(MemoryModels::weightsOf).orElseGet(Schedulers::defaultWeights);
    }

    /** The FSRS-6 default weights. */
    static List<Double> defaults() {
        return Schedulers.defaultWeights();
    }

    private static List<Double> weightsOf(MemoryModelEntity model) {
        return model.weights().orElseGet(Schedulers::defaultWeights);
    }
}
