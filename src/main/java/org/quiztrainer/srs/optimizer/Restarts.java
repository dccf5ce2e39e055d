package org.quiztrainer.srs.optimizer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs {@link Trainer} once per seed, on up to {@code threads} threads, and keeps the run with the lowest
 * training loss (the earliest seed on a tie), so that the result does not depend on the threads. Several
 * runs make the fit less dependent on one unlucky batch order: fsrs-rs's single run sometimes ends in a
 * visibly worse optimum (see docs/benchmarks.md).
 */
final class Restarts {

    private Restarts() {}

    static Trainer.Fit best(
            TrainingItems items, double[] itemWeights, double[] initial, TrainingConfig config, Progress progress) {
        long total = (long) items.size() * config.epochs() * config.restarts();
        AtomicLong done = new AtomicLong();
        Object lock = new Object();
        java.util.function.IntPredicate advance = count -> {
            long now = done.addAndGet(count);
            synchronized (lock) {
                return progress.update(now, total);
            }
        };
        int threads = Math.min(config.threads(), config.restarts());
        List<Trainer.Fit> fits = new ArrayList<>();
        if (threads == 1) {
            for (int k = 0; k < config.restarts(); k++) {
                fits.add(Trainer.train(items, itemWeights, initial, config, config.seed() + k, advance));
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
                Thread thread = new Thread(runnable, "fsrs-optimizer");
                thread.setDaemon(true);
                return thread;
            });
            try {
                List<Future<Trainer.Fit>> futures = new ArrayList<>();
                for (int k = 0; k < config.restarts(); k++) {
                    long seed = config.seed() + k;
                    futures.add(pool.submit(() -> Trainer.train(items, itemWeights, initial, config, seed, advance)));
                }
                for (Future<Trainer.Fit> future : futures) {
                    fits.add(await(future));
                }
            } finally {
                pool.shutdownNow();
            }
        }
        Trainer.Fit best = fits.get(0);
        for (Trainer.Fit fit : fits) {
            if (fit.loss() < best.loss()) {
                best = fit;
            }
        }
        return best;
    }

    private static Trainer.Fit await(Future<Trainer.Fit> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FitStoppedException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("the fit failed", e.getCause());
        }
    }
}
