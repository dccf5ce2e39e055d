package org.quiztrainer.srs.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quiztrainer.srs.Parameters;
import org.quiztrainer.srs.WeightBounds;

/** The loss, its gradient and one training step against fsrs-rs's own unit test and finite differences. */
class ItemLossTest {

    /** fsrs-rs {@code test_loss_and_grad}: four items of six reviews of history each, then the predicted one. */
    private static final int[][] DAYS = {
        {0, 0, 0, 0, 1, 3, 4}, {0, 0, 0, 1, 3, 6, 11}, {0, 0, 0, 1, 3, 6, 12}, {0, 0, 1, 3, 5, 12, 23}
    };

    private static final int[][] RATINGS = {
        {1, 3, 1, 4, 3, 2, 3}, {2, 4, 4, 3, 1, 3, 3}, {3, 2, 4, 3, 3, 3, 3}, {4, 4, 3, 3, 3, 4, 1}
    };

    private static final byte[] FLAT_RATINGS = new byte[28];
    private static final int[] FLAT_DAYS = new int[28];

    static {
        for (int item = 0; item < 4; item++) {
            for (int k = 0; k < 7; k++) {
                FLAT_RATINGS[item * 7 + k] = (byte) RATINGS[item][k];
                FLAT_DAYS[item * 7 + k] = DAYS[item][k];
            }
        }
    }

    static double[] defaults() {
        return Parameters.DEFAULT_WEIGHTS.stream()
                .mapToDouble(Double::doubleValue)
                .toArray();
    }

    private static double batch(double[] w, double[] gradient) {
        ItemLoss loss = new ItemLoss(w);
        double sum = 0;
        for (int item = 0; item < 4; item++) {
            sum += loss.loss(FLAT_RATINGS, FLAT_DAYS, item * 7, 7, 1.0, gradient);
        }
        return sum;
    }

    @Test
    void lossAndGradientOfFsrsRsUnitTest() {
        double[] gradient = new double[21];
        assertThat(batch(defaults(), gradient)).isCloseTo(4.0466027, within(1e-5));
        double[] expected = {
            -0.095688485, -0.0051607806, -0.0012249565, 0.007462064, 0.03650761, -0.082112335, 0.0593964,
            -2.1474836, 0.57626534, -2.8751316, 0.7154875, -0.028993709, 0.0099172965, -0.2189217,
            -0.0017800558, -0.089381434, 0.299141, 0.068104014, -0.011605468, -0.25398168, 0.27700496,
        };
        for (int i = 0; i < 21; i++) {
            assertThat(gradient[i])
                    .as("dL/dw%d", i)
                    .isCloseTo(expected[i], within(1e-5 + 2e-6 * Math.abs(expected[i])));
        }
    }

    @Test
    void adamStepsClippingAndL2PullOfFsrsRsUnitTest() {
        double[] initial = defaults();
        double[] w = initial.clone();
        double[] gradient = new double[21];
        batch(w, gradient);
        Adam adam = new Adam(21, 0.04, 1000);
        adam.step(w, gradient, 0.04);
        w = WeightBounds.clamp(w, 1, true);
        assertClose(
                w,
                new double[] {
                    0.252,
                    1.3331,
                    2.3464994,
                    8.2556,
                    6.3733,
                    0.87340003,
                    2.9794,
                    0.040999997,
                    1.8322,
                    0.20660001,
                    0.756,
                    1.5235,
                    0.021400042,
                    0.3029,
                    1.6882998,
                    0.64140004,
                    1.8329,
                    0.5025,
                    0.13119997,
                    0.1058,
                    0.1142,
                },
                1e-5);

        assertThat(Trainer.l2Penalty(w, initial, 512, 1000, 2.0)).isCloseTo(0.67711145, within(1e-5));
        double[] l2 = new double[21];
        Trainer.addL2Gradient(w, initial, 512, 1000, 2.0, l2);
        assertClose(
                l2,
                new double[] {
                    0.0019813816,
                    0.00087788026,
                    0.00026506148,
                    -0.000105618295,
                    -0.25213888,
                    1.0448985,
                    -0.22755535,
                    5.688889,
                    -0.5385926,
                    2.5283954,
                    -0.75225013,
                    0.9102214,
                    -10.113569,
                    3.1999993,
                    0.2521374,
                    1.3107208,
                    -0.07721739,
                    -0.85244584,
                    0.79999936,
                    4.1795917,
                    -1.1237311,
                },
                2e-4);

        gradient = new double[21];
        assertThat(batch(w, gradient)).isCloseTo(3.767796, within(1e-5));
        assertClose(
                gradient,
                new double[] {
                    -0.040530164,
                    -0.0041278866,
                    -0.0010157757,
                    0.007239434,
                    0.009321215,
                    -0.120117955,
                    0.039143264,
                    -0.8628009,
                    0.5794302,
                    -2.5713828,
                    0.7669307,
                    -0.024242667,
                    0.0,
                    -0.16912507,
                    -0.0017008218,
                    -0.061857328,
                    0.28093633,
                    0.064058185,
                    0.0063592787,
                    -0.1903223,
                    0.6257775,
                },
                2e-5);
        adam.step(w, gradient, 0.04);
        w = WeightBounds.clamp(w, 1, true);
        assertClose(
                w,
                new double[] {
                    0.2882918, 1.3726242, 2.3861322, 8.215636, 6.339965, 0.9130969, 2.940639, 0.07696985, 1.7921946,
                    0.2464217, 0.71595186, 1.5631561, 0.001, 0.34230903, 1.7282416, 0.68038, 1.7929853, 0.46258268,
                    0.14039303, 0.14509967, 0.1,
                },
                1e-4);
    }

    @Test
    void gradientMatchesFiniteDifferencesOnRandomHistories() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            int length = 2 + random.nextInt(12);
            byte[] ratings = new byte[length];
            int[] days = new int[length];
            for (int k = 0; k < length; k++) {
                ratings[k] = (byte) (1 + random.nextInt(4));
                days[k] = k == 0 ? 0 : random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(60);
            }
            days[length - 1] = 1 + random.nextInt(60);
            double[] w = defaults();
            for (int i = 0; i < 21; i++) {
                w[i] *= 0.7 + 0.6 * random.nextDouble();
            }
            w = WeightBounds.clamp(w, 1, true);
            double weight = 0.25 + random.nextDouble();
            double[] gradient = new double[21];
            new ItemLoss(w).loss(ratings, days, 0, length, weight, gradient);
            for (int i = 0; i < 21; i++) {
                double h = 1e-6 * Math.max(1, Math.abs(w[i]));
                double[] up = w.clone();
                double[] down = w.clone();
                up[i] += h;
                down[i] -= h;
                double numeric = (new ItemLoss(up).loss(ratings, days, 0, length, weight, null)
                                - new ItemLoss(down).loss(ratings, days, 0, length, weight, null))
                        / (2 * h);
                assertThat(gradient[i])
                        .as("trial %d, dL/dw%d", trial, i)
                        .isCloseTo(numeric, within(1e-5 + 1e-4 * Math.abs(numeric)));
            }
        }
    }

    @Test
    void predictionIsTheForgettingCurveOfTheReplayedState() {
        double[] w = defaults();
        ItemLoss loss = new ItemLoss(w);
        double r = loss.predict(new byte[] {3, 3}, new int[] {0, 5}, 0, 2);
        double factor = Math.pow(0.9, -1 / w[20]) - 1;
        assertThat(r).isCloseTo(Math.pow(1 + factor * 5 / w[2], -w[20]), within(1e-12));
        assertThat(loss.loss(new byte[] {3, 3}, new int[] {0, 5}, 0, 2, 1, null))
                .isCloseTo(-Math.log(r), within(1e-12));
        assertThat(loss.loss(new byte[] {3, 1}, new int[] {0, 5}, 0, 2, 0.5, null))
                .isCloseTo(-0.5 * Math.log(1 - r), within(1e-12));
    }

    private static void assertClose(double[] actual, double[] expected, double tolerance) {
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("w%d", i).isCloseTo(expected[i], within(tolerance + 1e-5 * Math.abs(expected[i])));
        }
    }
}
