package org.quiztrainer.srs.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quiztrainer.srs.Parameters;
import org.quiztrainer.srs.optimizer.Optimization.Outcome;

class FsrsOptimizerTest {

    private static final TrainingConfig CONFIG = TrainingConfig.defaults();

    @Test
    void withFewerThanEightTrainingItemsTheDefaultsStay() {
        Logs logs = new Logs();
        for (long card = 1; card <= 10; card++) {
            logs.twoReviews(card, 3, 2, 3);
        }
        Optimization fit = FsrsOptimizer.optimize(logs.items(), CONFIG, Progress.NONE);
        assertThat(fit.outcome()).isEqualTo(Outcome.DEFAULTS);
        assertThat(fit.weights()).isEqualTo(Parameters.DEFAULT_WEIGHTS);
        assertThat(fit.trainingItems()).isLessThan(FsrsOptimizer.MIN_ITEMS);
    }

    @Test
    void withFewerThanSixtyFourOnlyTheInitialStabilitiesAreFitted() {
        Logs logs = new Logs();
        for (long card = 1; card <= 40; card++) {
            logs.twoReviews(card, 3, 4, card % 2 == 0 ? 3 : 1);
        }
        Optimization fit = FsrsOptimizer.optimize(logs.items(), CONFIG, Progress.NONE);
        assertThat(fit.outcome()).isEqualTo(Outcome.INITIAL_STABILITY);
        assertThat(fit.weights().subList(4, 21)).isEqualTo(Parameters.DEFAULT_WEIGHTS.subList(4, 21));
        assertThat(fit.weights().get(2)).isLessThan(Parameters.DEFAULT_WEIGHTS.get(2));
        assertThat(fit.weights().get(0)).isLessThan(fit.weights().get(2));
    }

    @Test
    void aFullFitIsDeterministicWhateverTheThreads() {
        TrainingItems items = PublicLogs.items("pub-c", "train");
        Optimization one = FsrsOptimizer.optimize(items, CONFIG.withThreads(1), Progress.NONE);
        Optimization two = FsrsOptimizer.optimize(items, CONFIG.withThreads(2), Progress.NONE);
        Optimization again = FsrsOptimizer.optimize(items, CONFIG, Progress.NONE);
        assertThat(one.outcome()).isEqualTo(Outcome.FITTED);
        assertThat(two.weights()).isEqualTo(one.weights());
        assertThat(again.weights()).isEqualTo(one.weights());
        assertThat(one.weights()).isNotEqualTo(Parameters.DEFAULT_WEIGHTS);
    }

    @Test
    void withShortTermOffTheSameDayWeightsStayAtZeroAndTheInitialStabilitiesArePreTrained() {
        TrainingItems items = PublicLogs.items("pub-c", "train");
        Optimization fit = FsrsOptimizer.optimize(items, CONFIG.withShortTerm(false), Progress.NONE);
        assertThat(fit.weights().subList(17, 20)).containsExactly(0.0, 0.0, 0.0);
        OutlierFilter.Result filtered = OutlierFilter.apply(items);
        int recalled = 0;
        for (int i = 0; i < filtered.training().size(); i++) {
            recalled += filtered.training().recalled(i) ? 1 : 0;
        }
        double[] s0 = InitialStability.fit(
                        filtered.initialization(),
                        (double) recalled / filtered.training().size())
                .stability();
        for (int i = 0; i < 4; i++) {
            assertThat(fit.weights().get(i)).isCloseTo(s0[i], within(1e-9));
        }
    }

    @Test
    void reachesFsrsRsOnEachPublicLearnersTestLog() {
        for (String learner : PublicLogs.LEARNERS) {
            Optimization fit = FsrsOptimizer.optimize(PublicLogs.items(learner, "train"), CONFIG, Progress.NONE);
            Evaluation mine = Evaluator.evaluate(PublicLogs.items(learner, "test"), fit.weights());
            JsonNode fsrsRs = PublicLogs.summary(learner).get("test").get("fsrs_rs");
            assertThat(mine.logLoss())
                    .as(learner + " log loss")
                    .isLessThan(fsrsRs.get("logLoss").asDouble() + 0.002);
            assertThat(mine.rmseBins())
                    .as(learner + " RMSE(bins)")
                    .isLessThan(fsrsRs.get("rmseBins").asDouble() + 0.005);
            JsonNode defaults = PublicLogs.summary(learner).get("test").get("default");
            assertThat(mine.logLoss())
                    .as(learner + " beats the defaults")
                    .isLessThan(defaults.get("logLoss").asDouble());
        }
    }

    @Test
    void progressRisesToTheTotalAndStoppingStopsTheFit() {
        TrainingItems items = PublicLogs.items("pub-c", "train");
        List<long[]> calls = new ArrayList<>();
        FsrsOptimizer.optimize(items, CONFIG, (done, total) -> calls.add(new long[] {done, total}));
        assertThat(calls).isNotEmpty();
        long[] last = calls.get(calls.size() - 1);
        assertThat(last[0]).isEqualTo(last[1]);
        for (int i = 1; i < calls.size(); i++) {
            assertThat(calls.get(i)[0]).isGreaterThan(calls.get(i - 1)[0]);
        }
        assertThatThrownBy(() -> FsrsOptimizer.optimize(items, CONFIG, (done, total) -> done < total / 3))
                .isInstanceOf(FitStoppedException.class);
    }
}
