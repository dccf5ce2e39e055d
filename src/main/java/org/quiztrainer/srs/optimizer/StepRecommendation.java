package org.quiztrainer.srs.optimizer;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Learning and relearning steps suggested by a review log ({@link StepRecommender}).
 *
 * @param learningSteps   suggested learning steps, empty if the log has too little same-day data
 * @param relearningSteps suggested relearning steps, empty if too little data
 * @param groups          the statistics the suggestion rests on, by group
 */
public record StepRecommendation(
        List<Duration> learningSteps, List<Duration> relearningSteps, Map<StepRecommender.Group, StepStats> groups) {

    public StepRecommendation {
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
        groups = Map.copyOf(groups);
    }

    /** Whether the log supports any suggestion. */
    public boolean isEmpty() {
        return learningSteps.isEmpty() && relearningSteps.isEmpty();
    }
}
