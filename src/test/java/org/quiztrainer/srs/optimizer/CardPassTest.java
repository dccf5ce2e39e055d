package org.quiztrainer.srs.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CardPassTest {

    @Test
    void oneCardPassScoresEveryItemAsItsOwnReplayDoes() {
        TrainingItems items =
                OutlierFilter.apply(PublicLogs.items("pub-c", "train")).training();
        double[] weights = Evaluator.recencyWeights(items.size());
        double[] w = ItemLossTest.defaults();
        ItemLoss loss = new ItemLoss(w);
        double expected = 0;
        for (int i = 0; i < items.size(); i++) {
            expected += loss.loss(
                    items.histories().ratings(),
                    items.histories().deltas(),
                    items.start(i),
                    items.length(i),
                    weights[i],
                    null);
        }
        assertThat(new CardPass(items, weights).loss(w)).isCloseTo(expected, within(1e-9 * expected));
    }
}
