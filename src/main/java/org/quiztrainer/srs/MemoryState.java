package org.quiztrainer.srs;

/**
 * The two memory variables FSRS tracks for a card.
 *
 * @param difficulty D in 1..10, or 0 together with stability 0 for a card never reviewed
 * @param stability  S in days: the interval after which recall probability falls to 90 %
 */
public record MemoryState(double difficulty, double stability) {

    /** The state of a card never reviewed. */
    public static final MemoryState NONE = new MemoryState(0, 0);

    public MemoryState {
        if (!Double.isFinite(difficulty) || !Double.isFinite(stability)) {
            throw new IllegalArgumentException(
                    "difficulty and stability must be finite, were " + difficulty + ", " + stability);
        }
    }
}
