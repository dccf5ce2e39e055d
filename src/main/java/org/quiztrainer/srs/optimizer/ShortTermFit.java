package org.quiztrainer.srs.optimizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The statistics of one group of same-day gaps and the stability fitted to them ({@link StepRecommender}). */
final class ShortTermFit {

    private static final int MIN_COUNT = 4;
    private static final int OUTLIER_FILTER_FROM = 250;
    private static final double DEFAULT_STABILITY = 86400;
    private static final double MAX_STABILITY = 86400 * 30.0;
    private static final double INV_PHI = (Math.sqrt(5) - 1) / 2;

    private ShortTermFit() {}

    /**
     * Quartiles of the gaps, the share recalled and the fitted stability (seconds); with at least 250
     * gaps, those outside 1.5 interquartile ranges are left out of the fit.
     *
     * @return null with fewer than 4 gaps
     */
    static StepStats stats(List<double[]> points, double w20) {
        int n = points.size();
        if (n < MIN_COUNT) {
            return null;
        }
        List<double[]> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble(p -> p[0]));
        double q1 = quartile(sorted, n / 4, n % 4 != 0);
        double q2 = quartile(sorted, n / 2, n % 2 != 0);
        double q3 = quartile(sorted, 3 * n / 4, n % 4 != 0);
        double retention = sorted.stream().mapToDouble(p -> p[1]).sum() / n;
        double stability;
        if (retention == 1 || retention == 0) {
            stability = DEFAULT_STABILITY;
        } else {
            List<double[]> fitted = sorted;
            if (n >= OUTLIER_FILTER_FROM) {
                double iqr = q3 - q1;
                fitted = sorted.stream()
                        .filter(p -> p[0] >= q1 - 1.5 * iqr && p[0] <= q3 + 1.5 * iqr)
                        .toList();
            }
            stability = fitted.isEmpty() ? DEFAULT_STABILITY : Math.round(fit(fitted, w20));
        }
        return new StepStats(n, Math.round(q1), Math.round(q2), Math.round(q3), retention, stability);
    }

    private static double quartile(List<double[]> sorted, int index, boolean exact) {
        return exact ? sorted.get(index)[0] : (sorted.get(Math.max(index - 1, 0))[0] + sorted.get(index)[0]) / 2;
    }

    /** Golden-section search of S on 1 s..30 days, to 0.1 s. */
    static double fit(List<double[]> points, double w20) {
        double low = 1;
        double high = MAX_STABILITY;
        double x1 = high - INV_PHI * (high - low);
        double x2 = low + INV_PHI * (high - low);
        double f1 = loss(points, x1, w20);
        double f2 = loss(points, x2, w20);
        while (high - low > 0.1) {
            if (f1 < f2) {
                high = x2;
                x2 = x1;
                f2 = f1;
                x1 = high - INV_PHI * (high - low);
                f1 = loss(points, x1, w20);
            } else {
                low = x1;
                x1 = x2;
                f1 = f2;
                x2 = low + INV_PHI * (high - low);
                f2 = loss(points, x2, w20);
            }
        }
        return (high + low) / 2;
    }

    /** $$-\sum (y \ln R(t, S) + (1 - y) \ln(1 - R(t, S)))$$ with R kept in 1e-15..1-1e-15. */
    private static double loss(List<double[]> points, double stability, double w20) {
        double factor = Math.pow(0.9, -1 / w20) - 1;
        double sum = 0;
        for (double[] p : points) {
            double r = Math.min(Math.max(Math.pow(1 + factor * p[0] / stability, -w20), 1e-15), 1 - 1e-15);
            sum -= p[1] * Math.log(r) + (1 - p[1]) * Math.log(1 - r);
        }
        return sum;
    }
}
