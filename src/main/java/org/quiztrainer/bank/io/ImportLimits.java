package org.quiztrainer.bank.io;

/**
 * The bounds every reader keeps to, so that a hostile file cannot exhaust memory or disk.
 *
 * @param maxFileBytes      the largest file accepted
 * @param maxEntries        the most entries a zip may have
 * @param maxExpandedBytes  the most bytes all zip entries (and zstd frames) may expand to in all
 * @param maxRatio          the highest expansion ratio of one entry (expanded / compressed)
 * @param maxItems          the most questions (rows, notes, cards) one file may give
 * @param maxLineChars      the longest line or field a text format may have
 * @param maxXmlDepth       the deepest XML nesting accepted
 * @param maxMediaBytes     the largest single media file (image) kept
 * @param maxHistoryRows    the most review-log rows read from an Anki package
 */
public record ImportLimits(
        long maxFileBytes,
        int maxEntries,
        long maxExpandedBytes,
        double maxRatio,
        int maxItems,
        int maxLineChars,
        int maxXmlDepth,
        long maxMediaBytes,
        int maxHistoryRows) {

    /** The limits of the app and of {@code scripts/bank import}. */
    public static final ImportLimits DEFAULTS = new ImportLimits(
            256L * 1024 * 1024,
            100_000,
            2L * 1024 * 1024 * 1024,
            200,
            100_000,
            1024 * 1024,
            64,
            2L * 1024 * 1024,
            2_000_000);

    public ImportLimits {
        if (maxFileBytes <= 0
                || maxEntries <= 0
                || maxExpandedBytes <= 0
                || maxRatio <= 1
                || maxItems <= 0
                || maxLineChars <= 0
                || maxXmlDepth <= 0
                || maxMediaBytes <= 0
                || maxHistoryRows < 0) {
            throw new IllegalArgumentException("import limits must be positive");
        }
    }
}
