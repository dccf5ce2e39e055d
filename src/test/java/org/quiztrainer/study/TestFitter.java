package org.quiztrainer.study;

import org.quiztrainer.srs.optimizer.FsrsOptimizer;
import org.quiztrainer.srs.optimizer.Optimization;
import org.quiztrainer.srs.optimizer.Progress;
import org.quiztrainer.srs.optimizer.TrainingConfig;
import org.quiztrainer.srs.optimizer.TrainingItems;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The optimiser of every test context: the real one, unless a test asks for another behaviour for the next
 * fit (one that fails, runs late or waits).
 */
@Component
@Primary
public class TestFitter implements Fitter {

    private volatile Fitter next;

    @Override
    public Optimization fit(TrainingItems items, TrainingConfig config, Progress progress) {
        Fitter once = next;
        next = null;
        return once == null ? FsrsOptimizer.optimize(items, config, progress) : once.fit(items, config, progress);
    }

    /** The next fit does this instead. */
    void once(Fitter behaviour) {
        next = behaviour;
    }
}
