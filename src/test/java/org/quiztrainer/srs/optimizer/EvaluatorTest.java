package org.quiztrainer.srs.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quiztrainer.srs.Parameters;
import org.quiztrainer.srs.State;

class EvaluatorTest {

    private static final List<Double> W = Parameters.DEFAULT_WEIGHTS;

    /** R(t, S) worked out from the forgetting curve's equation. */
    private static double recall(double t, double s) {
        double factor = Math.pow(0.9, -1 / W.get(20)) - 1;
        return Math.pow(1 + factor * t / s, -W.get(20));
    }

    @Test
    void handWorkedLogLossAndRmseBins() {
        Logs logs = new Logs();
        for (int card = 1; card <= 25; card++) {
            logs.twoReviews(card, 3, 3, card <= 20 ? 3 : 1);
        }
        for (int card = 26; card <= 50; card++) {
            logs.twoReviews(card, 1, 5, card <= 35 ? 3 : 1);
        }
        Evaluation e = Evaluator.evaluate(logs.items(), W);

        double good = recall(3, W.get(2));
        double again = recall(5, W.get(0));
        double[] weights = Evaluator.recencyWeights(50);
        double loss = 0;
        double sum = 0;
        double weightAgain = 0;
        double weightGood = 0;
        for (int i = 0; i < 50; i++) {
            boolean againGroup = i < 25;
            boolean recalled = againGroup ? i < 10 : i - 25 < 20;
            double r = againGroup ? again : good;
            loss -= weights[i] * Math.log(recalled ? r : 1 - r);
            sum += weights[i];
            if (againGroup) {
                weightAgain += weights[i];
            } else {
                weightGood += weights[i];
            }
        }
        double rmse =
                Math.sqrt((weightAgain * Math.pow(again - 10 / 25.0, 2) + weightGood * Math.pow(good - 20 / 25.0, 2))
                        / (weightAgain + weightGood));
        assertThat(e.items()).isEqualTo(50);
        assertThat(e.logLoss()).isCloseTo(loss / sum, within(1e-12));
        assertThat(e.rmseBins()).isCloseTo(rmse, within(1e-12));
    }

    @Test
    void recencyWeightsRiseFromAQuarterToOneAsTheCube() {
        double[] w = Evaluator.recencyWeights(5);
        assertThat(w)
                .containsExactly(
                        new double[] {0.25, 0.25 + 0.75 / 64, 0.25 + 0.75 / 8, 0.25 + 0.75 * 27 / 64, 1.0},
                        within(1e-12));
        assertThat(Evaluator.recencyWeights(1)).containsExactly(0.25);
    }

    @Test
    void binsOfElapsedDaysReviewCountAndLapses() {
        TrainingItems items = new Logs()
                .add(1, 0, 0, 3, State.NEW)
                .add(1, 1, 0, 1, State.REVIEW)
                .add(1, 4, 0, 1, State.REVIEW)
                .add(1, 20, 0, 3, State.REVIEW)
                .items();
        long first = Evaluator.bin(items, 0);
        long last = Evaluator.bin(items, 2);
        assertThat(first).isEqualTo((248L * 100_000 + 4) * 100_000);
        long days = Math.round(248 * 3.62 * 3.62);
        long count = Math.round(1.99 * 1.89 * 1.89);
        assertThat(last).isEqualTo((days * 100_000 + count) * 100_000 + 3);
        assertThat(Evaluator.bin(items, 1) % 100_000).isEqualTo(2);
    }

    @Test
    void theFiguresFsrsRsGivesOnThePublicTestLogs() {
        for (String learner : PublicLogs.LEARNERS) {
            TrainingItems test = PublicLogs.items(learner, "test");
            JsonNode summary = PublicLogs.summary(learner);
            for (String[] weights :
                    new String[][] {{"default", null}, {"fsrs_rs", "fsrs_rs_weights"}, {"truth", "true_weights"}}) {
                List<Double> w = weights[1] == null ? W : PublicLogs.weights(summary.get(weights[1]));
                Evaluation e = Evaluator.evaluate(test, w);
                JsonNode expected = summary.get("test").get(weights[0]);
                assertThat(e.logLoss())
                        .as("%s %s log loss", learner, weights[0])
                        .isCloseTo(expected.get("logLoss").asDouble(), within(2e-5));
                assertThat(e.rmseBins())
                        .as("%s %s RMSE", learner, weights[0])
                        .isCloseTo(expected.get("rmseBins").asDouble(), within(2e-5));
            }
        }
    }

    @Test
    void nothingToScoreIsRefused() {
        TrainingItems none = new Logs().twoReviews(1, 3, 2, 3).items();
        assertThatThrownBy(() -> Evaluator.evaluate(none, W)).isInstanceOf(IllegalArgumentException.class);
    }
}
