package org.quiztrainer.srs.workload;

import java.util.SplittableRandom;
import org.quiztrainer.srs.Rating;

/**
 * The simulated learner of the FSRS authors' day-by-day simulators (fsrs-optimizer's
 * {@code fsrs_simulator.simulate} and SSP-MMC-FSRS's {@code simulation.simulate}, defaults in their
 * {@code DEFAULT_FIRST_RATING_PROB}, {@code DEFAULT_REVIEW_RATING_PROB}, {@code DEFAULT_LEARN_COSTS} and
 * {@code DEFAULT_REVIEW_COSTS}): every card is answered once on the day it is introduced and once on each
 * day it is due, with no same-day steps. Recall itself comes from the ground-truth memory model; this
 * profile says which button is pressed and what the answer costs, and it is the same for every card.
 *
 * @param firstRating   probabilities of Again, Hard, Good and Easy at a card's first answer
 * @param recalled      probabilities of Hard, Good and Easy when a due card is recalled
 * @param learnSeconds  seconds the first answer costs, by its rating (the whole first session)
 * @param reviewSeconds seconds a review costs, by its rating
 */
@SuppressWarnings("ArrayRecordComponent") // copied in and out; never shared
public record DailyLearner(double[] firstRating, double[] recalled, double[] learnSeconds, double[] reviewSeconds) {

    public DailyLearner {
        firstRating = check("firstRating", firstRating, 4);
        recalled = check("recalled", recalled, 3);
        learnSeconds = check("learnSeconds", learnSeconds, 4);
        reviewSeconds = check("reviewSeconds", reviewSeconds, 4);
    }

    /**
     * The published defaults, measured on Anki users' review logs: first ratings 0.24/0.094/0.495/0.171,
     * recalled ratings 0.224/0.631/0.145, first-answer costs 33.79/24.3/13.68/6.5 s and review costs
     * 23.0/11.68/7.33/5.6 s (Again/Hard/Good/Easy).
     */
    public static DailyLearner published() {
        return new DailyLearner(
                new double[] {0.24, 0.094, 0.495, 0.171},
                new double[] {0.224, 0.631, 0.145},
                new double[] {33.79, 24.3, 13.68, 6.5},
                new double[] {23.0, 11.68, 7.33, 5.6});
    }

    /** The rating of a card's first answer. */
    public Rating firstRating(SplittableRandom random) {
        return Rating.ofGrade(1 + WeightedPick.pick(firstRating, random));
    }

    /** The rating of a recalled card: Hard, Good or Easy. */
    public Rating recalledRating(SplittableRandom random) {
        return Rating.ofGrade(2 + WeightedPick.pick(recalled, random));
    }

    /** Seconds of a card's first answer rated {@code rating}. */
    public double learnSeconds(Rating rating) {
        return learnSeconds[rating.grade() - 1];
    }

    /** Seconds of a review rated {@code rating}. */
    public double reviewSeconds(Rating rating) {
        return reviewSeconds[rating.grade() - 1];
    }

    @Override
    public double[] firstRating() {
        return firstRating.clone();
    }

    @Override
    public double[] recalled() {
        return recalled.clone();
    }

    @Override
    public double[] learnSeconds() {
        return learnSeconds.clone();
    }

    @Override
    public double[] reviewSeconds() {
        return reviewSeconds.clone();
    }

    private static double[] check(String name, double[] values, int length) {
        if (values == null || values.length != length) {
            throw new IllegalArgumentException(name + " must have " + length + " values");
        }
        double sum = 0;
        for (double value : values) {
            if (!Double.isFinite(value) || value < 0) {
                throw new IllegalArgumentException(name + " must hold finite values >= 0");
            }
            sum += value;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException(name + " must not be all zero");
        }
        return values.clone();
    }
}
