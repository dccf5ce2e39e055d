package org.quiztrainer.cluster;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps in-memory copies of shared data coherent across nodes. Each kind of shared data has a name
 * (say {@code "bank"}) and a counter in the table {@code cluster_version}:
 *
 * <ul>
 *   <li>the transaction that changes the data calls {@link #bump(String)}: the counter moves in the same
 *       transaction, so it moves exactly when the change commits;
 *   <li>a cache built with {@link #cache(String, int)} or {@link #value(String, Supplier)} remembers the
 *       counter it loaded at and loads again when the counter this node knows has moved.
 * </ul>
 *
 * This node knows its own bump as soon as it commits; other nodes read the whole table every
 * {@code app.cluster.version-check-ms} (500 ms by default), so a change on one node reaches every other
 * within that interval plus one query. A cache read costs a map lookup, never a query.
 */
@Component
public class SharedVersions {

    private static final Logger LOG = LoggerFactory.getLogger(SharedVersions.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separate;
    private final Map<String, Long> known = new ConcurrentHashMap<>();
    private volatile boolean reachable = true;

    SharedVersions(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Marks the data called {@code name} as changed by the current transaction, which must be the one that
     * changes it; every node's caches of it load again once that transaction commits (and not if it rolls
     * back). Concurrent bumps of one name wait for each other.
     *
     * @throws IllegalStateException outside a transaction
     */
    public void bump(String name) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Bump " + name + " inside the transaction that changes it");
        }
        if (jdbc.update("UPDATE cluster_version SET counter = counter + 1 WHERE name = ?", name) == 0) {
            create(name);
            jdbc.update("UPDATE cluster_version SET counter = counter + 1 WHERE name = ?", name);
        }
        Long counter = jdbc.queryForObject("SELECT counter FROM cluster_version WHERE name = ?", Long.class, name);
        long committed = counter == null ? 0 : counter;
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                advance(name, committed);
            }
        });
    }

    /** The counter of {@code name} as this node knows it (0 for data never changed). */
    public long current(String name) {
        Long v = known.get(name);
        if (v != null) {
            return v;
        }
        long read = read(name);
        advance(name, read);
        return known.get(name);
    }

    /**
     * A cache of the data called {@code name}, by key, emptied when the data changes on any node. It keeps
     * at most {@code maxEntries} entries (all are dropped when it would hold more).
     */
    public <K, V> VersionedCache<K, V> cache(String name, int maxEntries) {
        return new VersionedCache<>(this, name, maxEntries);
    }

    /** One value computed from the data called {@code name}, computed again once it changed on any node. */
    public <T> VersionedValue<T> value(String name, Supplier<T> loader) {
        return new VersionedValue<>(this, name, loader);
    }

    /** Reads every counter and moves the ones that other nodes bumped. */
    @Scheduled(
            fixedDelayString = "${app.cluster.version-check-ms:500}",
            initialDelayString = "${app.cluster.version-check-ms:500}")
    void check() {
        try {
            jdbc.query("SELECT name, counter FROM cluster_version", rs -> {
                advance(rs.getString(1), rs.getLong(2));
            });
            if (!reachable) {
                LOG.info("Database reachable again; shared versions are checked again");
                reachable = true;
            }
        } catch (DataAccessException e) {
            if (reachable) {
                LOG.warn("Cannot read shared versions (caches keep what they hold): {}", e.getMessage());
                reachable = false;
            }
        }
    }

    private void advance(String name, long counter) {
        known.merge(name, counter, Math::max);
    }

    private long read(String name) {
        try {
            return jdbc.queryForList("SELECT counter FROM cluster_version WHERE name = ?", Long.class, name).stream()
                    .findFirst()
                    .orElse(0L);
        } catch (DataAccessException e) {
            return 0;
        }
    }

    private void create(String name) {
        try {
            separate.executeWithoutResult(
                    s -> jdbc.update("INSERT INTO cluster_version (name, counter) VALUES (?, 0)", name));
        } catch (DuplicateKeyException e) {
            LOG.debug("Another node created the version of {} first", name);
        }
    }
}
