package org.quiztrainer.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lets one node at a time do a piece of work, across every node on the database: the work runs in one
 * transaction that first updates the lock's row in {@code cluster_lock}; a second node (or thread) doing
 * the same blocks on that row until the first transaction ends, then does its work (which usually finds
 * that nothing is left to do). A node that dies drops its connection, and the database releases the row.
 *
 * <p>Works on PostgreSQL (which waits for the row) and H2 (which gives up after its lock timeout of about
 * two seconds; the lock then tries again) alike, up to {@code app.cluster.lock-wait} (10 minutes).
 */
@Component
public class ClusterLock {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterLock.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate required;
    private final TransactionTemplate separate;
    private final NodeName node;
    private final Clock clock;
    private final Duration maxWait;

    ClusterLock(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            NodeName node,
            Clock clock,
            @Value("${app.cluster.lock-wait:PT10M}") Duration maxWait) {
        this.jdbc = jdbc;
        this.required = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.node = node;
        this.clock = clock;
        this.maxWait = maxWait;
    }

    /**
     * Runs {@code work} in one transaction holding the lock called {@code name}, waiting for whoever holds it.
     * The work's own writes commit with it; what it returns is returned once committed.
     *
     * @throws IllegalStateException when the lock could not be had within {@code app.cluster.lock-wait}
     */
    public <T> T holding(String name, Supplier<T> work) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        long waitedSince = System.nanoTime();
        for (int tries = 1; ; tries++) {
            try {
                return required.execute(s -> {
                    take(name);
                    long waited =
                            Duration.ofNanos(System.nanoTime() - waitedSince).toMillis();
                    if (waited > 1000) {
                        LOG.info("{} has the lock {} after waiting {} ms", node, name, waited);
                    }
                    return work.get();
                });
            } catch (Busy e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Lock " + name + " still held by another node after " + maxWait, e);
                }
                if (tries == 1) {
                    LOG.info("{} waits for the lock {}, held by another transaction", node, name);
                }
                pause();
            }
        }
    }

    private void take(String name) {
        int rows;
        try {
            rows = update(name);
            if (rows == 0) {
                create(name);
                rows = update(name);
            }
        } catch (PessimisticLockingFailureException | QueryTimeoutException e) {
            throw new Busy(e);
        }
        if (rows != 1) {
            throw new IllegalStateException("No lock row " + name);
        }
    }

    private int update(String name) {
        Instant now = clock.instant();
        return jdbc.update(
                "UPDATE cluster_lock SET held_by = ?, held_since = ? WHERE name = ?",
                node.get(),
                now.atOffset(ZoneOffset.UTC),
                name);
    }

    private void create(String name) {
        try {
            separate.executeWithoutResult(s -> jdbc.update("INSERT INTO cluster_lock (name) VALUES (?)", name));
        } catch (DuplicateKeyException e) {
            LOG.debug("Another node created the lock {} first", name);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a lock", e);
        }
    }

    /** The lock is held by another transaction (H2's lock timeout, translated as a lock failure or a timeout). */
    private static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Busy(Throwable cause) {
            super(cause);
        }
    }
}
