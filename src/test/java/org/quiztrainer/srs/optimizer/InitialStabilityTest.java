package org.quiztrainer.srs.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quiztrainer.srs.Parameters;

/** The pre-training of S0, against fsrs-rs's {@code parameter_initialization} unit tests. */
class InitialStabilityTest {

    private static final double[] DAYS = {1, 2, 3, 4, 5};
    private static final double[] RECALL = {0.86666667, 0.90721649, 0.73015873, 0.76315789, 0.67857143};
    private static final double[] COUNT = {435, 97, 63, 38, 28};

    @Test
    void lossOfFsrsRsUnitTest() {
        double s0 = Parameters.DEFAULT_WEIGHTS.get(0);
        assertThat(InitialStability.loss(DAYS, RECALL, COUNT, 0.7840586, s0))
                .isCloseTo(279.9206961069712, within(1e-6));
        assertThat(InitialStability.loss(DAYS, RECALL, COUNT, 0.7840590622451964, s0))
                .isCloseTo(279.9206977311556, within(1e-6));
    }

    @Test
    void searchOfFsrsRsUnitTestSmoothsTowardsTheAverageRecall() {
        double average = 0.94302857;
        double[] smoothed = new double[5];
        for (int i = 0; i < 5; i++) {
            smoothed[i] = (RECALL[i] * COUNT[i] + average) / (COUNT[i] + 1);
        }
        assertThat(InitialStability.search(DAYS, smoothed, COUNT, Parameters.DEFAULT_WEIGHTS.get(0)))
                .isCloseTo(0.7355089, within(1e-5));
    }

    @Test
    void smoothAndFillOfFsrsRsUnitTest() {
        double[] filled =
                InitialStability.smoothAndFill(Map.of(1, 0.4, 3, 2.3, 4, 10.9), Map.of(1, 1, 2, 1, 3, 1, 4, 1));
        assertThat(filled).containsExactly(new double[] {0.4, 1.1227008, 2.3, 10.9}, within(1e-6));
        double[] single = InitialStability.smoothAndFill(Map.of(2, 0.35), Map.of(2, 1));
        assertThat(single).containsExactly(new double[] {0.05738148, 0.35, 0.6242943, 2.2453482}, within(1e-6));
    }

    @Test
    void aRatingWithMoreDataWinsWhenTheOrderIsWrong() {
        double[] filled = InitialStability.smoothAndFill(
                Map.of(1, 3.0, 2, 2.0, 3, 5.0, 4, 9.0), Map.of(1, 10, 2, 50, 3, 80, 4, 20));
        assertThat(filled).containsExactly(new double[] {2.0, 2.0, 5.0, 9.0}, within(1e-12));
    }

    @Test
    void ratingsWithoutDataAreDroppedAndNothingGivesNull() {
        assertThat(InitialStability.smoothAndFill(Map.of(1, 1.0), Map.of())).isNull();
        double[] filled = InitialStability.smoothAndFill(Map.of(1, 0.5, 2, 1.0, 3, 3.0, 4, 8.0), Map.of(3, 5));
        assertThat(filled[2]).isCloseTo(3.0, within(1e-12));
        assertThat(filled[0])
                .isCloseTo(3.0 * Parameters.DEFAULT_WEIGHTS.get(0) / Parameters.DEFAULT_WEIGHTS.get(2), within(1e-12));
    }

    @Test
    void stabilitiesAreKeptInBounds() {
        double[] filled = InitialStability.smoothAndFill(Map.of(3, 500.0), Map.of(3, 5));
        double w0 = 500.0 * Parameters.DEFAULT_WEIGHTS.get(0) / Parameters.DEFAULT_WEIGHTS.get(2);
        assertThat(filled).containsExactly(new double[] {w0, 100, 100, 100}, within(1e-9));
    }
}
