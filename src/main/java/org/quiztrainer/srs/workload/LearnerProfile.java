package org.quiztrainer.srs.workload;

import java.util.SplittableRandom;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.State;

/**
 * How the simulated learner answers and how long each answer takes, independent of the scheduler.
 * Whether a review card is recalled is decided by the ground-truth memory model; this profile only says
 * which button a learner presses given recall, and the time it costs.
 */
public final class LearnerProfile {

    private final double[] firstRating;
    private final double[] reviewRating;
    private final double[][] learningSteps;
    private final double[][] relearningSteps;
    private final double[][] seconds;

    private LearnerProfile(
            double[] firstRating,
            double[] reviewRating,
            double[][] learningSteps,
            double[][] relearningSteps,
            double[][] seconds) {
        this.firstRating = firstRating;
        this.reviewRating = reviewRating;
        this.learningSteps = learningSteps;
        this.relearningSteps = relearningSteps;
        this.seconds = seconds;
    }

    /**
     * The defaults of fsrs-rs's {@code SimulatorConfig}, measured on Anki users' review logs: first-rating
     * probabilities (Again, Hard, Good, Easy) 0.24, 0.094, 0.495, 0.171; rating given recall (Hard, Good,
     * Easy) 0.224, 0.631, 0.145; same-day step transitions by previous rating; and seconds per answer by
     * state (learning, review, relearning) and rating.
     */
    public static LearnerProfile fsrsRsDefaults() {
        return new LearnerProfile(
                new double[] {0.24, 0.094, 0.495, 0.171},
                new double[] {0.224, 0.631, 0.145},
                new double[][] {
                    {0.3686, 0.0628, 0.5108, 0.0577},
                    {0.0442, 0.4553, 0.4457, 0.0549},
                    {0.0519, 0.047, 0.8462, 0.055},
                },
                new double[][] {
                    {0.2157, 0.0643, 0.6595, 0.0604},
                    {0.05, 0.4638, 0.4475, 0.0387},
                    {0.1057, 0.1434, 0.7266, 0.0244},
                },
                new double[][] {
                    {19.58, 18.79, 13.78, 10.71},
                    {19.38, 17.59, 12.38, 8.94},
                    {16.44, 15.25, 12.32, 8.03},
                });
    }

    /** The rating of a card's first review. */
    public Rating firstRating(SplittableRandom random) {
        return Rating.ofGrade(1 + pick(firstRating, random));
    }

    /** The rating of a recalled card in review: Hard, Good or Easy. */
    public Rating recalledRating(SplittableRandom random) {
        return Rating.ofGrade(2 + pick(reviewRating, random));
    }

    /** The rating of a same-day learning or relearning step, given the previous rating. */
    public Rating stepRating(Rating previous, boolean relearning, SplittableRandom random) {
        double[][] transitions = relearning ? relearningSteps : learningSteps;
        int row = Math.min(previous.grade(), 3) - 1;
        return Rating.ofGrade(1 + pick(transitions[row], random));
    }

    /** Seconds an answer takes for a card in {@code state} (new cards cost as learning ones). */
    public double seconds(State state, Rating rating) {
        int row = switch (state) {
            case NEW, LEARNING -> 0;
            case REVIEW -> 1;
            case RELEARNING -> 2;
        };
        return seconds[row][rating.grade() - 1];
    }

    private static int pick(double[] weights, SplittableRandom random) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = random.nextDouble() * total;
        for (int i = 0; i < weights.length - 1; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
