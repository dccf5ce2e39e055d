package org.quiztrainer.srs.optimizer;

import java.util.Arrays;

/** The summed weighted loss of a batch of items and its gradient, in item order. */
final class BatchLoss {

    private final TrainingItems items;
    private final double[] itemWeights;
    private final ItemLoss loss;

    /**
     * @param items       the items
     * @param itemWeights the weight of each item in the loss
     * @param start       the weights to start from
     */
    BatchLoss(TrainingItems items, double[] itemWeights, double[] start) {
        this.items = items;
        this.itemWeights = itemWeights;
        this.loss = new ItemLoss(start);
    }

    /**
     * The loss of the items at {@code batch} under weights {@code w}; with {@code gradient} not null, its
     * gradient is written there.
     */
    double compute(int[] batch, double[] w, double[] gradient) {
        loss.useWeights(w);
        if (gradient != null) {
            Arrays.fill(gradient, 0);
        }
        Histories h = items.histories();
        byte[] ratings = h.ratings();
        int[] deltas = h.deltas();
        double sum = 0;
        for (int item : batch) {
            sum += loss.loss(ratings, deltas, items.start(item), items.length(item), itemWeights[item], gradient);
        }
        return sum;
    }
}
