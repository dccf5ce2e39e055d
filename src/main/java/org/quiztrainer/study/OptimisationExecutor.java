package org.quiztrainer.study;

import jakarta.annotation.PreDestroy;
import org.quiztrainer.srs.optimizer.FsrsOptimizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The background threads of optimisations: a Spring {@link ThreadPoolTaskExecutor} of two threads (each fit
 * uses up to two cores), a queue of 20; a full queue refuses a start. Kept out of the bean registry as an
 * {@code Executor} so that Spring Boot's own task executor stays as it is.
 */
@Configuration
class OptimisationExecutor {

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    OptimisationExecutor() {
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(20);
        executor.setThreadNamePrefix("memory-model-");
        executor.setDaemon(true);
        executor.initialize();
    }

    ThreadPoolTaskExecutor executor() {
        return executor;
    }

    @Bean
    Fitter fitter() {
        return FsrsOptimizer::optimize;
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }
}
