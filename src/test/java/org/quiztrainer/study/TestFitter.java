package org.quiztrainer.study;

import java.util.concurrent.TimeUnit;
import org.quiztrainer.srs.optimizer.FsrsOptimizer;
import org.quiztrainer.srs.optimizer.Optimization;
import org.quiztrainer.srs.optimizer.Progress;
import org.quiztrainer.srs.optimizer.TrainingConfig;
import org.quiztrainer.srs.optimizer.TrainingItems;
import org.springframework.context.annotation.Primary;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The optimiser of every test context: the real one, unless a test asks for another behaviour for the next
 * fit (one that fails, runs late or waits).
 */
@Component
@Primary
public class TestFitter implements Fitter {

    private final OptimisationExecutor executor;
    private volatile Fitter next;

    TestFitter(OptimisationExecutor executor) {
        this.executor = executor;
    }

    @Override
    public Optimization fit(TrainingItems items, TrainingConfig config, Progress progress) {
        Fitter once = next;
        next = null;
        return once == null ? FsrsOptimizer.optimize(items, config, progress) : once.fit(items, config, progress);
    }

    /**
     * The next fit does this instead. Waits first (at most two minutes) until no optimisation started by an earlier
     * test still runs or waits, so that none of them takes the behaviour meant for the next one.
     */
    void once(Fitter behaviour) {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        ThreadPoolTaskExecutor pool = executor.executor();
        while ((pool.getActiveCount() > 0
                        || !pool.getThreadPoolExecutor().getQueue().isEmpty())
                && System.nanoTime() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        next = behaviour;
    }
}
