package org.quiztrainer.srs.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quiztrainer.srs.MemoryModel;
import org.quiztrainer.srs.MemoryState;
import org.quiztrainer.srs.Parameters;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.simulation.DailySm2Policy;
import org.quiztrainer.srs.simulation.SchedulerDailyPolicy;

class DailySimulatorTest {

    private static final DailyLearner LEARNER = DailyLearner.published();
    private static final DailyConfig SMALL =
            new DailyConfig(1000, 300, 10, 9999, 43_200, 365 * 25, Parameters.DEFAULT_WEIGHTS, 7);

    @Test
    void initialTrueDifficultyTakesTheFourFirstRatingValuesWithTheFirstRatingFrequencies() {
        MemoryModel truth = new MemoryModel(Parameters.defaults());
        Rating[] first = DailySimulator.firstRatings(100_000, LEARNER, new SplittableRandom(1));
        TreeMap<Double, Integer> histogram = new TreeMap<>();
        for (Rating rating : first) {
            histogram.merge(truth.nextState(MemoryState.NONE, 0, rating, null).difficulty(), 1, Integer::sum);
        }
        assertThat(histogram).hasSize(4);
        assertThat(histogram.firstKey()).isEqualTo(1.0);
        assertThat(histogram.lastKey()).isCloseTo(6.4133, within(1e-9));
        double[] expected = {0.171, 0.495, 0.094, 0.24};
        int i = 0;
        for (int count : histogram.values()) {
            assertThat(count / 100_000.0).isCloseTo(expected[i++], within(0.006));
        }
        assertThat(truth.nextState(MemoryState.NONE, 0, Rating.GOOD, null).difficulty())
                .isCloseTo(6.4133 - Math.exp(2 * 0.8334) + 1, within(1e-7));
    }

    @Test
    void sameSeedGivesTheSameResultAnotherSeedAnotherOne() {
        DailyResult first = DailySimulator.run(SMALL, LEARNER, new DailySm2Policy());
        DailyResult again = DailySimulator.run(SMALL, LEARNER, new DailySm2Policy());
        DailyResult other = DailySimulator.run(SMALL.withSeed(8), LEARNER, new DailySm2Policy());
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void introducesNewCardsPerDayUntilTheDeckIsExhausted() {
        assertThat(DailySimulator.run(SMALL, LEARNER, new DesiredRetentionPolicy(0.9))
                        .introduced())
                .isEqualTo(1000);
        DailyConfig big = new DailyConfig(5000, 100, 10, 9999, 43_200, 365 * 25, Parameters.DEFAULT_WEIGHTS, 7);
        assertThat(DailySimulator.run(big, LEARNER, new DesiredRetentionPolicy(0.9))
                        .introduced())
                .isEqualTo(1000);
    }

    @Test
    void higherDesiredRetentionCostsMoreReviewsMemorisesMoreAndReachesItsRetention() {
        DailyResult low = DailySimulator.run(SMALL, LEARNER, SchedulerDailyPolicy.atRetention(0.80));
        DailyResult high = DailySimulator.run(SMALL, LEARNER, SchedulerDailyPolicy.atRetention(0.95));
        assertThat(high.reviews()).isGreaterThan(low.reviews());
        assertThat(high.seconds()).isGreaterThan(low.seconds());
        assertThat(high.memorisedAverage()).isGreaterThan(low.memorisedAverage());
        assertThat(high.memorisedAtEnd()).isGreaterThan(low.memorisedAtEnd());
        assertThat(low.retentionAtReview()).isCloseTo(0.80, within(0.03));
        assertThat(high.retentionAtReview()).isCloseTo(0.95, within(0.03));
    }

    @Test
    void publishedDesiredRetentionRuleRoundsTheIntervalDown() {
        DesiredRetentionPolicy rule = new DesiredRetentionPolicy(0.9);
        assertThat(rule.interval(0, 0, 0, Rating.GOOD, new MemoryState(5, 10.9)))
                .isEqualTo(10);
        assertThat(rule.interval(0, 0, 0, Rating.AGAIN, new MemoryState(5, 0.3)))
                .isEqualTo(1);
        assertThat(new DesiredRetentionPolicy(0.85).name()).isEqualTo("DR=0.85 (published rule)");
    }

    @Test
    void reviewAndTimeLimitsCapTheDay() {
        DailyConfig limited = new DailyConfig(1000, 300, 10, 5, 43_200, 365 * 25, Parameters.DEFAULT_WEIGHTS, 7);
        DailyResult result = DailySimulator.run(limited, LEARNER, new DailySm2Policy());
        assertThat(result.reviews())
                .as("capped at 5 a day, and the cap is reached: more would be due")
                .isLessThanOrEqualTo(5.0 * 300)
                .isGreaterThan(0.9 * 5 * 300);
        DailyConfig slow = new DailyConfig(1000, 300, 10, 9999, 120, 365 * 25, Parameters.DEFAULT_WEIGHTS, 7);
        assertThat(DailySimulator.run(slow, LEARNER, new DailySm2Policy()).seconds())
                .as("capped at 120 s a day, and the cap is reached")
                .isLessThanOrEqualTo(120.0 * 300)
                .isGreaterThan(0.9 * 120 * 300);
    }

    @Test
    void retirementCapLetsAGoodAnswerJustReachTheRetirementStability() {
        DailyConfig config = DailyConfig.published(1);
        DailySimulator simulator = DailySimulator.create(config, LEARNER, new DailySm2Policy());
        MemoryModel truth = new MemoryModel(Parameters.defaults());
        assertThat(simulator.retirementCap(new MemoryState(5, 9200))).isInfinite();
        MemoryState near = new MemoryState(5, 8000);
        double cap = simulator.retirementCap(near);
        assertThat(cap).isBetween(1.0, 8000.0);
        double atCap = truth.retrievability(cap, near.stability());
        assertThat(truth.nextRecallStability(5, 8000, atCap, Rating.GOOD)).isGreaterThanOrEqualTo(365 * 25);
        double dayBefore = truth.retrievability(cap - 1, near.stability());
        assertThat(truth.nextRecallStability(5, 8000, dayBefore, Rating.GOOD)).isLessThan(365 * 25);
        assertThat(simulator.retirementCap(new MemoryState(5, 10))).isGreaterThan(1e6);
    }

    @Test
    void configurationIsValidatedByName() {
        List<Double> w = Parameters.DEFAULT_WEIGHTS;
        assertThatThrownBy(() -> new DailyConfig(0, 1, 1, 1, 1, 1, w, 1)).hasMessageContaining("deckSize");
        assertThatThrownBy(() -> new DailyConfig(1, 0, 1, 1, 1, 1, w, 1)).hasMessageContaining("days");
        assertThatThrownBy(() -> new DailyConfig(1, 1, -1, 1, 1, 1, w, 1)).hasMessageContaining("newCardsPerDay");
        assertThatThrownBy(() -> new DailyConfig(1, 1, 1, -1, 1, 1, w, 1)).hasMessageContaining("reviewLimit");
        assertThatThrownBy(() -> new DailyConfig(1, 1, 1, 1, 0, 1, w, 1)).hasMessageContaining("maxSecondsPerDay");
        assertThatThrownBy(() -> new DailyConfig(1, 1, 1, 1, 1, 0, w, 1)).hasMessageContaining("retireStability");
        assertThatThrownBy(() -> new DailyConfig(1, 1, 1, 1, 1, 1, w.subList(0, 19), 1))
                .hasMessageContaining("weights");
        assertThatThrownBy(() -> new DailyLearner(new double[] {1}, new double[3], new double[4], new double[4]))
                .hasMessageContaining("firstRating");
    }

    @Test
    void reproducesTheFsrsAuthorsPublishedTableWithTheirLearner() {
        DailyConfig published = DailyConfig.published(42).withWeights(DailyConfig.PUBLISHED_LEARNER_WEIGHTS);
        DailyResult sm2 = DailySimulator.run(published, LEARNER, new DailySm2Policy());
        DailyResult dr85 = DailySimulator.run(published, LEARNER, new DesiredRetentionPolicy(0.85, 0.4444));
        assertThat(sm2.reviewsPerDay()).isCloseTo(122.2, within(2.5));
        assertThat(sm2.minutesPerDay()).isCloseTo(20.7, within(0.5));
        assertThat(sm2.memorisedAverage()).isCloseTo(6680, within(20.0));
        assertThat(dr85.reviewsPerDay()).isCloseTo(82.9, within(2.0));
        assertThat(dr85.minutesPerDay()).isCloseTo(15.9, within(0.5));
        assertThat(dr85.memorisedAverage()).isCloseTo(6692, within(20.0));
    }
}
