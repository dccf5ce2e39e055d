package org.quiztrainer.srs.optimizer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quiztrainer.srs.WeightBounds;

/**
 * Scores weights on a review log exactly as Anki and fsrs-rs's bindings call fsrs-rs's {@code evaluate}:
 * the items go through the outlier filter ({@link OutlierFilter}) and are put in fsrs-rs's order (the
 * kept items that predict a first long-term review, grouped as the filter groups them, then the other
 * kept items in time order); each item gets the recency weight $$w_i = 0.25 + 0.75 (i / (n - 1))^3$$ (see {@link #recencyWeights}); R is predicted
 * from the item's history with the weights clipped to their bounds (one relearning step, short-term
 * floor off, as {@code FSRS::new}); then
 * $$\text{log loss} = -\frac{\sum_i w_i (y_i \ln R_i + (1 - y_i) \ln(1 - R_i))}{\sum_i w_i}$$
 * $$\text{RMSE(bins)} = \sqrt{\frac{\sum_b W_b (\bar R_b - \bar y_b)^2}{\sum_b W_b}}$$
 * where the bins b are fsrs-rs's {@code r_matrix_index} of (elapsed days, review count, lapses) and W_b
 * is the sum of the bin's recency weights.
 */
public final class Evaluator {

    private Evaluator() {}

    /**
     * The log loss and RMSE(bins) of {@code weights} (21 values) on {@code items}.
     *
     * @throws IllegalArgumentException if there is no item
     */
    public static Evaluation evaluate(TrainingItems items, List<Double> weights) {
        double[] w = new double[weights.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights.get(i);
        }
        return evaluate(items, w);
    }

    static Evaluation evaluate(TrainingItems all, double[] weights) {
        TrainingItems items = OutlierFilter.apply(all).evaluationOrder();
        int n = items.size();
        if (n == 0) {
            throw new IllegalArgumentException("there is no review with elapsed days > 0 to score");
        }
        double[] recency = recencyWeights(n);
        ItemLoss model = new ItemLoss(WeightBounds.clamp(weights, 1, false));
        Histories h = items.histories();
        Map<Long, double[]> bins = new HashMap<>();
        double loss = 0;
        double weightSum = 0;
        for (int i = 0; i < n; i++) {
            double r = model.predict(h.ratings(), h.deltas(), items.start(i), items.length(i));
            double y = items.recalled(i) ? 1 : 0;
            loss += (y * Math.log(r) + (1 - y) * Math.log(1 - r)) * recency[i];
            weightSum += recency[i];
            double[] bin = bins.computeIfAbsent(bin(items, i), k -> new double[4]);
            bin[0] += r;
            bin[1] += y;
            bin[2] += 1;
            bin[3] += recency[i];
        }
        double squares = 0;
        double binWeights = 0;
        for (double[] bin : bins.values()) {
            double error = bin[0] / bin[2] - bin[1] / bin[2];
            squares += error * error * bin[3];
            binWeights += bin[3];
        }
        return new Evaluation(-loss / weightSum, Math.sqrt(squares / binWeights), n);
    }

    /** fsrs-rs's recency weights of {@code n} items in time order: from 0.25 (oldest) to 1 (newest). */
    static double[] recencyWeights(int n) {
        double length = Math.max(n - 1.0, 1.0);
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            double x = i / length;
            weights[i] = 0.25 + 0.75 * x * x * x;
        }
        return weights;
    }

    /**
     * fsrs-rs's {@code r_matrix_index}, packed in one number: elapsed days binned as
     * round(248 · 3.62^⌊log_3.62 t⌋), review count (long-term reviews + 1) as round(1.99 · 1.89^⌊log_1.89 n⌋),
     * lapses as round(1.65 · 1.73^⌊log_1.73 l⌋) (0 without lapses).
     */
    static long bin(TrainingItems items, int item) {
        double t = items.currentDelta(item);
        long days = Math.round(2.48 * Math.pow(3.62, Math.floor(Math.log(t) / Math.log(3.62))) * 100.0);
        double length = items.longTermCount(item) + 1.0;
        long count = Math.round(1.99 * Math.pow(1.89, Math.floor(Math.log(length) / Math.log(1.89))));
        int lapses = items.lapses(item);
        long lapseBin =
                lapses == 0 ? 0 : Math.round(1.65 * Math.pow(1.73, Math.floor(Math.log(lapses) / Math.log(1.73))));
        return (days * 100_000L + count) * 100_000L + lapseBin;
    }
}
