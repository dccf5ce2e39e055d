package org.quiztrainer.grading;

/**
 * One run of a character-level diff between what was typed and an accepted answer.
 *
 * @param kind whether the run is in both, only typed, or only in the accepted answer
 * @param text the characters of the run, never empty
 */
public record DiffSegment(Kind kind, String text) {

    public DiffSegment {
        Checks.notNull(kind, "kind");
        Checks.notNull(text, "text");
        Checks.require(!text.isEmpty(), "a diff segment is never empty");
    }

    /** Where a run of characters occurs. */
    public enum Kind {
        /** In both. */
        SAME,
        /** Typed, but not in the accepted answer. */
        EXTRA,
        /** In the accepted answer, but not typed. */
        MISSING
    }
}
