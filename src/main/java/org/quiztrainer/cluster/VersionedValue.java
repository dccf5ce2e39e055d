package org.quiztrainer.cluster;

import java.util.function.Supplier;

/**
 * One value computed from shared data, kept until the data changes on any node (see {@link SharedVersions}).
 * Thread-safe; two threads may compute it at the same moment, which is harmless.
 *
 * @param <T> the value
 */
public final class VersionedValue<T> {

    private record Loaded<T>(long version, T value) {}

    private final SharedVersions versions;
    private final String name;
    private final Supplier<T> loader;
    private volatile Loaded<T> loaded;

    VersionedValue(SharedVersions versions, String name, Supplier<T> loader) {
        this.versions = versions;
        this.name = name;
        this.loader = loader;
    }

    /** The value, computed again first if the data changed since it was computed. */
    public T get() {
        long version = versions.current(name);
        Loaded<T> l = loaded;
        if (l == null || l.version() != version) {
            l = new Loaded<>(version, loader.get());
            loaded = l;
        }
        return l.value();
    }
}
