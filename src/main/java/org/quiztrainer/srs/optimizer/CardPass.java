package org.quiztrainer.srs.optimizer;

import java.util.Arrays;

/**
 * The summed weighted loss of a set of items computed card by card: one pass over each card's history
 * scores every item of that card on the way (an item predicts review k from the state after reviews
 * 0..k−1), so the cost is linear in the reviews instead of quadratic in the history lengths. Equal to the
 * sum of {@link ItemLoss#loss} over the items; used for the loss after each epoch.
 */
final class CardPass {

    private final Histories histories;
    private final int[] cards;
    private final double[] weightAt;

    CardPass(TrainingItems items, double[] itemWeights) {
        this.histories = items.histories();
        this.weightAt = new double[histories.ratings().length];
        boolean[] used = new boolean[histories.cardCountKept()];
        for (int i = 0; i < items.size(); i++) {
            weightAt[items.start(i) + items.length(i) - 1] = itemWeights[i];
            used[items.card(i)] = true;
        }
        int[] list = new int[used.length];
        int count = 0;
        for (int card = 0; card < used.length; card++) {
            if (used[card]) {
                list[count++] = card;
            }
        }
        this.cards = Arrays.copyOf(list, count);
    }

    /** The summed weighted cross-entropy of the items under weights {@code w}. */
    double loss(double[] w) {
        Step step = new Step(w);
        byte[] ratings = histories.ratings();
        int[] deltas = histories.deltas();
        double sum = 0;
        for (int card : cards) {
            int from = histories.start(card);
            int to = histories.start(card + 1);
            double s = 0;
            double d = 0;
            for (int k = from; k < to; k++) {
                int rating = ratings[k];
                if (k == from) {
                    s = step.initStability(rating);
                    d = step.initDifficulty(rating);
                    continue;
                }
                if (weightAt[k] != 0) {
                    sum += ItemLoss.crossEntropy(step.retrievability(deltas[k], s), rating > 1, weightAt[k]);
                }
                double lastS = ItemLoss.clamp(s, ItemLoss.S_MIN, ItemLoss.S_MAX);
                double lastD = ItemLoss.clamp(d, ItemLoss.D_MIN, ItemLoss.D_MAX);
                s = ItemLoss.clamp(step.nextStability(lastS, lastD, deltas[k], rating), ItemLoss.S_MIN, ItemLoss.S_MAX);
                d = ItemLoss.clamp(step.meanReverted(lastD, rating), ItemLoss.D_MIN, ItemLoss.D_MAX);
            }
        }
        return sum;
    }
}
