package org.quiztrainer.srs;

/**
 * Anki's leech rule: a card that keeps being forgotten is a leech when its lapse count reaches the
 * threshold, and again every half threshold after that (rounded up), so a leech brought back is flagged
 * again only after more lapses, not at the next one. With threshold {@code t} and {@code L} lapses after the
 * review:
 *
 * <pre>leech  ⇔  t > 0  ∧  L ≥ t  ∧  (L − t) mod max(1, ⌈t / 2⌉) = 0</pre>
 *
 * so with Anki's default {@code t = 8} the 8th, 12th, 16th … lapse flags the card. The rule is checked only
 * on a review that counted a lapse (Anki checks it when a review card is answered Again).
 */
public final class Leech {

    /** Anki's default leech threshold. */
    public static final int DEFAULT_THRESHOLD = 8;

    private Leech() {}

    /** Whether {@code lapses} lapses meet the threshold: at it, or a whole number of half thresholds past it. */
    public static boolean thresholdMet(int lapses, int threshold) {
        if (threshold <= 0 || lapses < threshold) {
            return false;
        }
        int half = Math.max(1, (threshold + 1) / 2);
        return (lapses - threshold) % half == 0;
    }

    /** Whether a review of {@code before} made it a leech: it counted a lapse and the new count meets the threshold. */
    public static boolean flags(Card before, ReviewResult result, int threshold) {
        int after = result.card().lapses();
        return after > before.lapses() && thresholdMet(after, threshold);
    }
}
