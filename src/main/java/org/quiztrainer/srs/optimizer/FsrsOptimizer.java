package org.quiztrainer.srs.optimizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quiztrainer.srs.Parameters;
import org.quiztrainer.srs.optimizer.Optimization.Outcome;

/**
 * Fits the 21 FSRS-6 weights to a review log, as fsrs-rs 6.5's {@code compute_parameters} does:
 * <ol>
 * <li>the outlier filter ({@link OutlierFilter}); with fewer than 8 items left, the defaults;</li>
 * <li>pre-training of the initial stabilities w0..w3 ({@link InitialStability}); with fewer than 64
 * items, or only items predicting a first long-term review, those and the default other weights;</li>
 * <li>training from there ({@link Trainer}) on the recency-weighted items of at most 256 reviews, with
 * the L2 pull towards the starting weights, repeated with successive seeds of the batch order and the
 * run of lowest training loss kept ({@link Restarts});</li>
 * <li>the fitted initial stabilities smoothed and filled again as in step 2.</li>
 * </ol>
 * Pure and deterministic: the same items and settings give the same weights.
 */
public final class FsrsOptimizer {

    /** Below this many training items fsrs-rs keeps the default weights. */
    public static final int MIN_ITEMS = 8;
    /** Below this many training items fsrs-rs fits the initial stabilities only. */
    public static final int MIN_ITEMS_FOR_FULL_FIT = 64;

    private FsrsOptimizer() {}

    /**
     * The weights that fit {@code items}.
     *
     * @throws FitStoppedException if {@code progress} asks to stop
     */
    public static Optimization optimize(TrainingItems items, TrainingConfig config, Progress progress) {
        OutlierFilter.Result filtered = OutlierFilter.apply(items);
        TrainingItems train = filtered.training();
        if (train.size() < MIN_ITEMS) {
            return new Optimization(Parameters.DEFAULT_WEIGHTS, Outcome.DEFAULTS, train.size());
        }
        int recalled = 0;
        for (int i = 0; i < train.size(); i++) {
            recalled += train.recalled(i) ? 1 : 0;
        }
        InitialStability.Result initial =
                InitialStability.fit(filtered.initialization(), (double) recalled / train.size());
        if (initial == null) {
            return new Optimization(Parameters.DEFAULT_WEIGHTS, Outcome.DEFAULTS, train.size());
        }
        double[] start = startingWeights(initial.stability(), config.shortTerm());
        if (train.size() == filtered.initialization().size() || train.size() < MIN_ITEMS_FOR_FULL_FIT) {
            double[] w = startingWeights(initial.stability(), true);
            return new Optimization(list(w), Outcome.INITIAL_STABILITY, train.size());
        }
        double[] recency = Evaluator.recencyWeights(train.size());
        int[] kept = new int[train.size()];
        int count = 0;
        for (int i = 0; i < train.size(); i++) {
            if (train.length(i) <= config.maxSeqLen()) {
                kept[count++] = i;
            }
        }
        TrainingItems trainable = train.select(java.util.Arrays.copyOf(kept, count));
        double[] weights = new double[count];
        for (int i = 0; i < count; i++) {
            weights[i] = recency[kept[i]];
        }
        double[] fitted =
                Restarts.best(trainable, weights, start, config, progress).weights();
        for (double value : fitted) {
            if (!Double.isFinite(value)) {
                throw new IllegalStateException("the fit diverged");
            }
        }
        Map<Integer, Double> stability = new TreeMap<>();
        for (int rating = 1; rating <= 4; rating++) {
            stability.put(rating, fitted[rating - 1]);
        }
        double[] smoothed = InitialStability.smoothAndFill(stability, initial.counts());
        System.arraycopy(smoothed, 0, fitted, 0, 4);
        return new Optimization(list(fitted), Outcome.FITTED, train.size());
    }

    /** The pre-trained S0 with the default other weights; w17..w19 at 0 when short-term is off. */
    private static double[] startingWeights(double[] initialStability, boolean shortTerm) {
        double[] w = new double[Parameters.WEIGHT_COUNT];
        for (int i = 0; i < w.length; i++) {
            w[i] = i < 4 ? initialStability[i] : Parameters.DEFAULT_WEIGHTS.get(i);
        }
        if (!shortTerm) {
            w[17] = 0;
            w[18] = 0;
            w[19] = 0;
        }
        return w;
    }

    private static List<Double> list(double[] w) {
        List<Double> out = new ArrayList<>(w.length);
        for (double value : w) {
            out.add(value);
        }
        return out;
    }
}
