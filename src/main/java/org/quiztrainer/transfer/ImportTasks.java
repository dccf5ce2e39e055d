package org.quiztrainer.transfer;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Previews and confirmations off the UI thread (reading a large Anki package and saving 20,000 notes take
 * seconds): two threads, a queue of 20, each task run as the user who started it. The work goes on when the user
 * leaves the page; a confirmation is never run twice ({@link PendingImports} hands a preview out once).
 */
@Service
public class ImportTasks {

    private final ImportService imports;
    private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();

    ImportTasks(ImportService imports) {
        this.imports = imports;
        pool.setCorePoolSize(2);
        pool.setMaxPoolSize(2);
        pool.setQueueCapacity(20);
        pool.setThreadNamePrefix("import-");
        pool.setDaemon(true);
        pool.initialize();
    }

    /** {@link ImportService#preview} in the background, as the caller. */
    public CompletableFuture<ImportPreview> preview(ImportRequest request) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return imports.preview(request);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                asCaller());
    }

    /** {@link ImportService#confirm} in the background, as the caller. */
    public CompletableFuture<ImportReport> confirm(String token) {
        return CompletableFuture.supplyAsync(() -> imports.confirm(token), asCaller());
    }

    private Executor asCaller() {
        return new DelegatingSecurityContextExecutor(pool, SecurityContextHolder.getContext());
    }

    @PreDestroy
    void stop() {
        pool.shutdown();
    }
}
