package org.quiztrainer.classroom;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Seeded orders, so a reload shows an attempt exactly as before. {@link Random} is specified to give the
 * same sequence for the same seed on every Java, so an order depends on the seed alone.
 */
public final class Shuffles {

    private Shuffles() {}

    /** A permutation of {@code 0..n-1} for one question of an attempt (identity when not shuffling). */
    public static List<Integer> order(int n, long attemptSeed, String questionId, boolean shuffle) {
        List<Integer> out = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        if (shuffle) {
            Collections.shuffle(out, new Random(attemptSeed * 31 + questionId.hashCode()));
        }
        return out;
    }

    /** {@code items} shuffled by {@code seed}. */
    static <T> List<T> shuffled(List<T> items, long seed) {
        List<T> out = new ArrayList<>(items);
        Collections.shuffle(out, new Random(seed));
        return out;
    }

    /** The seed of the random draw of one learner for one assignment: the same for each of their attempts. */
    static long drawSeed(long assignmentId, long learnerId) {
        return assignmentId * 1_000_003L + learnerId;
    }
}
