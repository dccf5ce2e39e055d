package org.quiztrainer.srs.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AdamTest {

    @Test
    void cosineAnnealingOfFsrsRsUnitTest() {
        Adam adam = new Adam(1, 4e-2, 5);
        double[] expected = {
            0.04,
            0.03618033988749895,
            0.026180339887498946,
            0.013819660112501051,
            0.0038196601125010526,
            0.0,
            0.003819660112501051,
            0.013819660112501048,
            0.026180339887498943,
            0.03618033988749895,
            0.039999999999999994,
        };
        for (double rate : expected) {
            assertThat(adam.nextRate()).isCloseTo(rate, within(1e-12));
        }
    }

    @Test
    void aStepMovesAgainstTheGradientByAboutTheLearningRate() {
        Adam adam = new Adam(2, 0.1, 10);
        double[] w = {1, 1};
        adam.step(w, new double[] {5, -0.001}, 0.1);
        assertThat(w[0]).isCloseTo(0.9, within(1e-6));
        assertThat(w[1]).isCloseTo(1.1, within(1e-4));
    }
}
