package org.quiztrainer.srs.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.State;
import org.quiztrainer.srs.workload.LearnerProfile;

class SimulatorTest {

    private static final LearnerProfile LEARNER = LearnerProfile.fsrsRsDefaults();
    private static final SimulationConfig SMALL = SimulationConfig.unlimited(1500, 200, 10, 7);

    @Test
    void sameSeedGivesTheSameResultAnotherSeedAnotherOne() {
        SimulationResult first = Simulator.run(SMALL, LEARNER, FsrsPolicy.atRetention(0.9));
        SimulationResult second = Simulator.run(SMALL, LEARNER, FsrsPolicy.atRetention(0.9));
        SimulationResult other = Simulator.run(
                new SimulationConfig(1500, 200, 10, Integer.MAX_VALUE, 8), LEARNER, FsrsPolicy.atRetention(0.9));
        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void introducesNewCardsPerDayUntilTheDeckIsExhausted() {
        assertThat(Simulator.run(SMALL, LEARNER, new Sm2Policy()).introduced()).isEqualTo(1500);
        SimulationConfig longDeck = SimulationConfig.unlimited(5000, 100, 10, 7);
        assertThat(Simulator.run(longDeck, LEARNER, new Sm2Policy()).introduced())
                .isEqualTo(1000);
    }

    @Test
    void higherDesiredRetentionCostsMoreReviewsAndMemorisesMore() {
        SimulationResult low = Simulator.run(SMALL, LEARNER, FsrsPolicy.atRetention(0.80));
        SimulationResult high = Simulator.run(SMALL, LEARNER, FsrsPolicy.atRetention(0.95));
        assertThat(high.reviews()).isGreaterThan(low.reviews());
        assertThat(high.seconds()).isGreaterThan(low.seconds());
        assertThat(high.memorised()).isGreaterThan(low.memorised());
        assertThat(high.memorised()).isLessThanOrEqualTo(high.introduced());
        assertThat(high.answers()).isGreaterThan(high.reviews());
    }

    @Test
    void reviewLimitCapsScheduledReviewsPerDay() {
        SimulationConfig limited = new SimulationConfig(1500, 200, 10, 15, 7);
        SimulationResult result = Simulator.run(limited, LEARNER, FsrsPolicy.atRetention(0.9));
        assertThat(result.reviews()).isLessThanOrEqualTo(15L * 200);
        assertThat(result.reviews())
                .isLessThan(Simulator.run(SMALL, LEARNER, FsrsPolicy.atRetention(0.9))
                        .reviews());
    }

    @Test
    void configurationIsValidatedByName() {
        assertThatThrownBy(() -> new SimulationConfig(0, 10, 1, 1, 1)).hasMessageContaining("deckSize");
        assertThatThrownBy(() -> new SimulationConfig(1, 0, 1, 1, 1)).hasMessageContaining("days");
        assertThatThrownBy(() -> new SimulationConfig(1, 1, -1, 1, 1)).hasMessageContaining("newCardsPerDay");
        assertThatThrownBy(() -> new SimulationConfig(1, 1, 1, -1, 1)).hasMessageContaining("reviewLimit");
    }

    @Test
    void learnerAnswersWithTheProfilesFrequencies() {
        SplittableRandom random = new SplittableRandom(1);
        int[] first = new int[5];
        int[] recalled = new int[5];
        int draws = 100_000;
        for (int i = 0; i < draws; i++) {
            first[LEARNER.firstRating(random).grade()]++;
            recalled[LEARNER.recalledRating(random).grade()]++;
        }
        assertThat(first[1] / (double) draws).isBetween(0.23, 0.25);
        assertThat(first[3] / (double) draws).isBetween(0.485, 0.505);
        assertThat(recalled[1]).isZero();
        assertThat(recalled[3] / (double) draws).isBetween(0.62, 0.64);
        assertThat(LEARNER.seconds(State.REVIEW, Rating.GOOD)).isEqualTo(12.38);
        assertThat(LEARNER.seconds(State.NEW, Rating.AGAIN)).isEqualTo(19.58);
    }
}
