package org.quiztrainer.srs.optimizer;

import java.util.Map;
import java.util.TreeMap;
import org.quiztrainer.srs.Parameters;

/**
 * The pre-training of the four initial stabilities w0..w3, as fsrs-rs's
 * {@code initialize_stability_parameters}: for each first rating G, the items that predict a card's first
 * long-term review give, per elapsed days t, the share recalled (Laplace-smoothed towards the average
 * recall: (p·n + p̄) / (n + 1)); S0(G) minimises their count-weighted cross-entropy under the default
 * forgetting curve plus |S0 − S0_default| / 16, by ternary search on 0.001..100. Ratings without data are
 * then filled in from the others ({@link #smoothAndFill}).
 */
final class InitialStability {

    static final double INIT_S_MAX = 100;
    private static final double W1 = 0.41;
    private static final double W2 = 0.54;

    /**
     * The fitted S0 per first rating and the number of items per first rating.
     *
     * @param stability the four initial stabilities
     * @param counts    first rating → number of items
     */
    record Result(double[] stability, Map<Integer, Integer> counts) {}

    private InitialStability() {}

    /**
     * Fits S0 on {@code items} (those predicting a first long-term review).
     *
     * @return null if there is no such item (fsrs-rs: not enough data)
     */
    static Result fit(TrainingItems items, double averageRecall) {
        Map<Integer, Map<Integer, int[]>> groups = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.longTermCount(i) != 1) {
                continue;
            }
            int[] tally = groups.computeIfAbsent(items.firstRating(i), r -> new TreeMap<>())
                    .computeIfAbsent(items.currentDelta(i), t -> new int[2]);
            tally[0]++;
            tally[1] += items.recalled(i) ? 1 : 0;
        }
        Map<Integer, Double> stability = new TreeMap<>();
        Map<Integer, Integer> counts = new TreeMap<>();
        for (Map.Entry<Integer, Map<Integer, int[]>> group : groups.entrySet()) {
            int n = group.getValue().size();
            double[] t = new double[n];
            double[] recall = new double[n];
            double[] count = new double[n];
            int k = 0;
            int total = 0;
            for (Map.Entry<Integer, int[]> days : group.getValue().entrySet()) {
                t[k] = days.getKey();
                count[k] = days.getValue()[0];
                double real = days.getValue()[1] / count[k];
                recall[k] = (real * count[k] + averageRecall) / (count[k] + 1);
                total += days.getValue()[0];
                k++;
            }
            counts.put(group.getKey(), total);
            stability.put(group.getKey(), search(t, recall, count, Parameters.DEFAULT_WEIGHTS.get(group.getKey() - 1)));
        }
        double[] filled = smoothAndFill(stability, counts);
        return filled == null ? null : new Result(filled, counts);
    }

    /** Ternary search of S0 on 0.001..100 (at most 1000 rounds). */
    static double search(double[] t, double[] recall, double[] count, double defaultS0) {
        double low = ItemLoss.S_MIN;
        double high = INIT_S_MAX;
        double optimal = defaultS0;
        for (int iteration = 0; high - low > Math.ulp(1.0) && iteration < 1000; iteration++) {
            double mid1 = low + (high - low) / 3;
            double mid2 = high - (high - low) / 3;
            if (loss(t, recall, count, mid1, defaultS0) < loss(t, recall, count, mid2, defaultS0)) {
                high = mid2;
            } else {
                low = mid1;
            }
            optimal = (high + low) / 2;
        }
        return optimal;
    }

    /**
     * $$\sum_t -n_t (p_t \ln R(t, S_0) + (1 - p_t) \ln(1 - R(t, S_0))) + |S_0 - S_0^{default}| / 16$$ with
     * the default decay.
     */
    static double loss(double[] t, double[] recall, double[] count, double s0, double defaultS0) {
        double decay = -Parameters.DEFAULT_WEIGHTS.get(20);
        double factor = Math.pow(0.9, 1 / decay) - 1;
        double sum = 0;
        for (int i = 0; i < t.length; i++) {
            double y = Math.pow(t[i] / s0 * factor + 1, decay);
            sum += -(recall[i] * Math.log(y) + (1 - recall[i]) * Math.log(1 - y)) * count[i];
        }
        return sum + Math.abs(s0 - defaultS0) / 16;
    }

    /**
     * fsrs-rs's {@code smooth_and_fill}: keeps the ratings that have data, makes S0 non-decreasing in the
     * rating (the rating with fewer items gives way), fills the missing ratings by its geometric
     * interpolation rules and clamps to 0.001..100.
     *
     * @return the four stabilities, or null if no rating has data
     */
    static double[] smoothAndFill(Map<Integer, Double> stability, Map<Integer, Integer> counts) {
        Map<Integer, Double> s = new TreeMap<>(stability);
        s.keySet().retainAll(counts.keySet());
        int[][] pairs = {{1, 2}, {2, 3}, {3, 4}, {1, 3}, {2, 4}, {1, 4}};
        for (int[] pair : pairs) {
            Double small = s.get(pair[0]);
            Double big = s.get(pair[1]);
            if (small != null && big != null && small > big) {
                if (counts.get(pair[0]) > counts.get(pair[1])) {
                    s.put(pair[1], small);
                } else {
                    s.put(pair[0], big);
                }
            }
        }
        if (s.isEmpty()) {
            return null;
        }
        double[] out = Fill.fill(s);
        for (int i = 0; i < 4; i++) {
            out[i] = Math.min(Math.max(out[i], ItemLoss.S_MIN), INIT_S_MAX);
        }
        return out;
    }

    /** The interpolation rules of smooth_and_fill for missing ratings. */
    private static final class Fill {

        static double[] fill(Map<Integer, Double> s) {
            Double r1 = s.get(1);
            Double r2 = s.get(2);
            Double r3 = s.get(3);
            Double r4 = s.get(4);
            if (s.size() == 1) {
                int rating = s.keySet().iterator().next();
                double factor = s.get(rating) / Parameters.DEFAULT_WEIGHTS.get(rating - 1);
                double[] out = new double[4];
                for (int i = 0; i < 4; i++) {
                    out[i] = Parameters.DEFAULT_WEIGHTS.get(i) * factor;
                }
                java.util.Arrays.sort(out);
                return out;
            }
            if (s.size() == 2) {
                double denominator = W1 + W2 - W1 * W2;
                if (r3 != null && r4 != null) {
                    r2 = Math.pow(r3, 1 / (1 - W2)) * Math.pow(r4, 1 - 1 / (1 - W2));
                    r1 = Math.pow(r2, 1 / W1) * Math.pow(r3, 1 - 1 / W1);
                } else if (r2 != null && r4 != null) {
                    r3 = Math.pow(r2, 1 - W2) * Math.pow(r4, W2);
                    r1 = Math.pow(r2, 1 / W1) * Math.pow(r3, 1 - 1 / W1);
                } else if (r2 != null && r3 != null) {
                    r4 = Math.pow(r2, 1 - 1 / W2) * Math.pow(r3, 1 / W2);
                    r1 = Math.pow(r2, 1 / W1) * Math.pow(r3, 1 - 1 / W1);
                } else if (r1 != null && r4 != null) {
                    double q = W1 / denominator;
                    double p = W2 / denominator;
                    r2 = Math.pow(r1, q) * Math.pow(r4, 1 - q);
                    r3 = Math.pow(r1, 1 - p) * Math.pow(r4, p);
                } else if (r1 != null && r3 != null) {
                    r2 = Math.pow(r1, W1) * Math.pow(r3, 1 - W1);
                    r4 = Math.pow(r2, 1 - 1 / W2) * Math.pow(r3, 1 / W2);
                } else {
                    r3 = Math.pow(r1, 1 - 1 / (1 - W1)) * Math.pow(r2, 1 / (1 - W1));
                    r4 = Math.pow(r2, 1 - 1 / W2) * Math.pow(r3, 1 / W2);
                }
            } else if (s.size() == 3) {
                if (r1 == null) {
                    r1 = Math.pow(r2, 1 / W1) * Math.pow(r3, 1 - 1 / W1);
                } else if (r2 == null) {
                    r2 = Math.pow(r1, W1) * Math.pow(r3, 1 - W1);
                } else if (r3 == null) {
                    r3 = Math.pow(r2, 1 - W2) * Math.pow(r4, W2);
                } else {
                    r4 = Math.pow(r2, 1 - 1 / W2) * Math.pow(r3, 1 / W2);
                }
            }
            return new double[] {r1, r2, r3, r4};
        }
    }
}
