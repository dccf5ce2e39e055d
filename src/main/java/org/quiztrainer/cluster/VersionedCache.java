package org.quiztrainer.cluster;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values computed from shared data, by key, dropped when the data changes on any node (see
 * {@link SharedVersions}). Thread-safe; holds at most a fixed number of entries.
 *
 * @param <K> the key
 * @param <V> the value
 */
public final class VersionedCache<K, V> {

    private record Entry<V>(long version, V value) {}

    private final SharedVersions versions;
    private final String name;
    private final int maxEntries;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private volatile long seen = -1;

    VersionedCache(SharedVersions versions, String name, int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1");
        }
        this.versions = versions;
        this.name = name;
        this.maxEntries = maxEntries;
    }

    /** The value for {@code key}: the cached one if the data did not change since, else {@code loader}'s. */
    public V get(K key, Function<K, V> loader) {
        long version = versions.current(name);
        if (version != seen) {
            entries.clear();
            seen = version;
        }
        Entry<V> e = entries.get(key);
        if (e != null && e.version() == version) {
            return e.value();
        }
        V value = loader.apply(key);
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(key, new Entry<>(version, value));
        return value;
    }
}
