package org.quiztrainer.grading;

import java.util.Collection;
import java.util.Map;

/** Argument checks for the compact constructors, with messages that name the field. */
final class Checks {

    private Checks() {}

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    static <C extends Collection<?>> C noNulls(C values, String name) {
        notNull(values, name);
        for (Object value : values) {
            require(value != null, name + " must not contain null");
        }
        return values;
    }

    static <M extends Map<?, ?>> M noNullEntries(M map, String name) {
        notNull(map, name);
        map.forEach((key, value) -> require(key != null && value != null, name + " must not contain null"));
        return map;
    }
}
