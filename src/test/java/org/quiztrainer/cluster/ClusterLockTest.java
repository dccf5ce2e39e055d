package org.quiztrainer.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quiztrainer.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cluster lock: a second holder waits for the first to commit (on H2 past its 2-second lock timeout,
 * by trying again), then sees what the first wrote; work that fails releases the lock and writes nothing.
 */
@AppTest
class ClusterLockTest {

    @Autowired
    ClusterLock lock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSecondHolderWaitsForTheFirstToCommitAndSeesItsWork() throws Exception {
        String name = "test-" + System.nanoTime();
        jdbc.update("INSERT INTO cluster_version (name, counter) VALUES (?, 0)", name);
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch firstHolds = new CountDownLatch(1);

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> lock.holding(name, () -> {
            order.add("first in");
            firstHolds.countDown();
            sleep(Duration.ofMillis(3000));
            jdbc.update("UPDATE cluster_version SET counter = 1 WHERE name = ?", name);
            order.add("first out");
            return null;
        }));
        assertThat(firstHolds.await(30, TimeUnit.SECONDS)).isTrue();
        long seen = lock.holding(name, () -> {
            order.add("second in");
            return jdbc.queryForObject("SELECT counter FROM cluster_version WHERE name = ?", Long.class, name);
        });
        first.get(30, TimeUnit.SECONDS);

        assertThat(order).containsExactly("first in", "first out", "second in");
        assertThat(seen)
                .as("the second holder reads the first one's committed write")
                .isEqualTo(1);
    }

    @Test
    void workThatFailsWritesNothingAndReleasesTheLock() {
        String name = "test-" + System.nanoTime();
        jdbc.update("INSERT INTO cluster_version (name, counter) VALUES (?, 0)", name);
        try {
            lock.holding(name, () -> {
                jdbc.update("UPDATE cluster_version SET counter = 7 WHERE name = ?", name);
                throw new IllegalArgumentException("bad bank");
            });
        } catch (IllegalArgumentException expected) {
            // the work's own failure comes through unchanged
        }
        long after = CompletableFuture.supplyAsync(() -> lock.holding(
                        name,
                        () -> jdbc.queryForObject(
                                "SELECT counter FROM cluster_version WHERE name = ?", Long.class, name)))
                .orTimeout(10, TimeUnit.SECONDS)
                .join();
        assertThat(after).isZero();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
