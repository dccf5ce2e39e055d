package org.quiztrainer.srs;

import java.time.Duration;
import java.util.List;

/**
 * The learning-steps rule of ts-fsrs 5.x for the current step index i of a card with steps s0, s1, ...
 * (learning steps for a new or learning card, relearning steps for a review or relearning card):
 * <ul>
 * <li>Review card, Again: step i (normally s0), then step index 0.</li>
 * <li>Again: s0, step index 0.</li>
 * <li>Hard: the average of s0 and s1, or 1.5 · s0 if there is one step; the index stays i.</li>
 * <li>Good: s(i+1) with index i + 1 if that step exists; otherwise the card graduates.</li>
 * <li>Easy, or i past the last step, or no steps: the card graduates to whole-day scheduling.</li>
 * </ul>
 */
final class LearningSteps {

    /** The step a rating leads to: minutes to wait and the next step index. */
    record Step(long minutes, int nextIndex) {}

    private LearningSteps() {}

    /**
     * The step for {@code rating}, or {@code null} when the card leaves the steps (graduates).
     *
     * @param state     the card's state before the review
     * @param index     the card's current step index
     */
    static Step next(Parameters parameters, State state, int index, Rating rating) {
        boolean relearning = state == State.RELEARNING || state == State.REVIEW;
        List<Duration> steps = relearning ? parameters.relearningSteps() : parameters.learningSteps();
        int count = steps.size();
        if (count == 0 || index >= count) {
            return null;
        }
        long first = steps.get(0).toMinutes();
        if (state == State.REVIEW) {
            return rating == Rating.AGAIN
                    ? new Step(steps.get(Math.max(0, index)).toMinutes(), 0)
                    : null;
        }
        return switch (rating) {
            case AGAIN -> new Step(first, 0);
            case HARD ->
                new Step(
                        count == 1
                                ? Math.round(first * 1.5)
                                : Math.round((first + steps.get(1).toMinutes()) / 2.0),
                        index);
            case GOOD -> index + 1 < count ? new Step(steps.get(index + 1).toMinutes(), index + 1) : null;
            case EASY -> null;
        };
    }
}
