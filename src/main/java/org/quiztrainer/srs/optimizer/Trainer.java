package org.quiztrainer.srs.optimizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import org.quiztrainer.srs.WeightBounds;

/**
 * fsrs-rs's training loop ({@code train}): items sorted by length and cut into batches; each epoch
 * visits the batches in a seeded random order; each batch takes one Adam step on its summed weighted
 * loss plus the L2 pull towards the starting weights, with frozen weights' gradients zeroed, then clips
 * the weights to their bounds. After each epoch the loss over all items is measured; the weights of the
 * best epoch are returned with that loss.
 */
final class Trainer {

    /** fsrs-rs's {@code PARAMS_STDDEV}: the spread of each weight among learners, which scales the L2 pull. */
    static final double[] STDDEV = {
        6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25, 1.03, 0.31,
        0.32, 0.14, 0.27,
    };

    /**
     * A trained set of weights.
     *
     * @param weights the weights of the best epoch
     * @param loss    their loss per item, L2 pull included (the training objective)
     */
    record Fit(double[] weights, double loss) {}

    private Trainer() {}

    /**
     * Trains from {@code initial} on {@code items}, each weighted by {@code itemWeights}, with the batch
     * order drawn from {@code seed}; {@code advance} is given each batch's number of items and answers
     * false to stop.
     *
     * @throws FitStoppedException if {@code advance} asks to stop
     */
    static Fit train(
            TrainingItems items,
            double[] itemWeights,
            double[] initial,
            TrainingConfig config,
            long seed,
            IntPredicate advance) {
        int total = items.size();
        List<int[]> batches = batches(items, config.batchSize());
        double period = (double) (total / config.batchSize() + 1) * config.epochs();
        Adam adam = new Adam(initial.length, config.learningRate(), period);
        double[] w = initial.clone();
        double[] best = w.clone();
        double bestLoss = Double.POSITIVE_INFINITY;
        double[] gradient = new double[w.length];
        SplittableRandom random = new SplittableRandom(seed);
        int[] order = new int[batches.size()];
        BatchLoss loss = new BatchLoss(items, itemWeights, initial);
        CardPass all = new CardPass(items, itemWeights);
        for (int epoch = 1; epoch <= config.epochs(); epoch++) {
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            shuffle(order, random);
            for (int index : order) {
                int[] batch = batches.get(index);
                double lr = adam.nextRate();
                loss.compute(batch, w, gradient);
                addL2Gradient(w, initial, batch.length, total, config.gamma(), gradient);
                if (!config.shortTerm()) {
                    Arrays.fill(gradient, 0, 4, 0);
                    Arrays.fill(gradient, 17, 20, 0);
                }
                adam.step(w, gradient, lr);
                w = WeightBounds.clamp(w, config.relearningSteps(), config.shortTerm());
                if (!advance.test(batch.length)) {
                    throw new FitStoppedException();
                }
            }
            double epochLoss = 0;
            for (int[] batch : batches) {
                epochLoss += loss.compute(batch, w, null) + l2Penalty(w, initial, batch.length, total, config.gamma());
            }
            epochLoss /= total;
            if (epochLoss < bestLoss) {
                bestLoss = epochLoss;
                best = w.clone();
            }
        }
        return new Fit(best, bestLoss);
    }

    /** The items sorted by their number of reviews (stable) and cut into batches of {@code size}. */
    static List<int[]> batches(TrainingItems items, int size) {
        Integer[] sorted = new Integer[items.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i;
        }
        Arrays.sort(sorted, (a, b) -> Integer.compare(items.length(a), items.length(b)));
        List<int[]> batches = new ArrayList<>();
        for (int from = 0; from < sorted.length; from += size) {
            int to = Math.min(sorted.length, from + size);
            int[] batch = new int[to - from];
            for (int i = from; i < to; i++) {
                batch[i - from] = sorted[i];
            }
            batches.add(batch);
        }
        return batches;
    }

    /**
     * The L2 pull towards the starting weights for a batch of {@code batch} out of {@code total} items:
     * $$\gamma \frac{b}{N} \sum_i \frac{(w_i - w_i^0)^2}{\sigma_i^2}$$
     */
    static double l2Penalty(double[] w, double[] initial, int batch, int total, double gamma) {
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            double delta = w[i] - initial[i];
            sum += delta * delta / (STDDEV[i] * STDDEV[i]);
        }
        return sum * gamma * batch / total;
    }

    /** Adds the derivative of {@link #l2Penalty}, $$2 \gamma \frac{b}{N} (w_i - w_i^0) / \sigma_i^2$$. */
    static void addL2Gradient(double[] w, double[] initial, int batch, int total, double gamma, double[] gradient) {
        double scale = gamma * batch / total;
        for (int i = 0; i < w.length; i++) {
            gradient[i] += 2 * (w[i] - initial[i]) / (STDDEV[i] * STDDEV[i]) * scale;
        }
    }

    private static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
