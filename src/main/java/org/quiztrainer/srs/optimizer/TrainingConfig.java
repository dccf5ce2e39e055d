package org.quiztrainer.srs.optimizer;

/**
 * The settings of a fit: fsrs-rs's {@code TrainingConfig} and {@code ModelConfig}, and the number of
 * restarts.
 *
 * @param epochs          passes over the training items (fsrs-rs: 5)
 * @param batchSize       items per gradient step (512)
 * @param seed            seed of the batch order of the first run (2023); run k uses seed + k
 * @param learningRate    Adam's initial learning rate, annealed by a cosine to 0 (0.04)
 * @param maxSeqLen       items with more reviews than this are left out of training (256)
 * @param gamma           strength of the L2 pull towards the starting weights (1)
 * @param shortTerm       fit the same-day weights w17..w19; off freezes them at 0 and keeps the
 *                        pre-trained initial stabilities w0..w3 (as fsrs-rs does)
 * @param relearningSteps the learner's number of relearning steps, which bounds w17 and w18
 * @param restarts        independent runs of fsrs-rs's training with successive seeds; the one with the
 *                        lowest training loss wins (fsrs-rs makes one run)
 * @param threads         runs trained at the same time (the result does not depend on it)
 */
public record TrainingConfig(
        int epochs,
        int batchSize,
        long seed,
        double learningRate,
        int maxSeqLen,
        double gamma,
        boolean shortTerm,
        int relearningSteps,
        int restarts,
        int threads) {

    public TrainingConfig {
        if (epochs < 1 || batchSize < 1 || maxSeqLen < 2 || restarts < 1 || threads < 1 || relearningSteps < 0) {
            throw new IllegalArgumentException(
                    "epochs, batchSize, restarts and threads must be >= 1, " + "maxSeqLen >= 2, relearningSteps >= 0");
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate) || !(gamma >= 0) || !Double.isFinite(gamma)) {
            throw new IllegalArgumentException("learningRate must be > 0 and gamma >= 0, both finite");
        }
    }

    /** fsrs-rs's defaults (short-term on, one relearning step) with 4 restarts on 2 threads. */
    public static TrainingConfig defaults() {
        return new TrainingConfig(5, 512, 2023, 0.04, 256, 1.0, true, 1, 4, 2);
    }

    /** A copy with short-term fitting on or off. */
    public TrainingConfig withShortTerm(boolean enabled) {
        return new TrainingConfig(
                epochs, batchSize, seed, learningRate, maxSeqLen, gamma, enabled, relearningSteps, restarts, threads);
    }

    /** A copy for a learner with {@code steps} relearning steps. */
    public TrainingConfig withRelearningSteps(int steps) {
        return new TrainingConfig(
                epochs, batchSize, seed, learningRate, maxSeqLen, gamma, shortTerm, steps, restarts, threads);
    }

    /** A copy making {@code count} runs from seed {@code firstSeed}. */
    public TrainingConfig withRestarts(int count, long firstSeed) {
        return new TrainingConfig(
                epochs,
                batchSize,
                firstSeed,
                learningRate,
                maxSeqLen,
                gamma,
                shortTerm,
                relearningSteps,
                count,
                threads);
    }

    /** A copy training on {@code count} threads. */
    public TrainingConfig withThreads(int count) {
        return new TrainingConfig(
                epochs, batchSize, seed, learningRate, maxSeqLen, gamma, shortTerm, relearningSteps, restarts, count);
    }
}
