package org.quiztrainer.bank;

/** The bounds of what an author may write, checked with a message on the field that passes one. */
public final class DraftLimits {

    /** The longest question text, explanation or flashcard back, in characters (as stored, after cleaning). */
    public static final int TEXT_MAX = 4000;
    /** The longest choice, ordering item, matching side or source. */
    public static final int PART_MAX = 500;
    /** The longest accepted answer. */
    public static final int ACCEPT_MAX = 200;
    /** The fewest and most choices, items and pairs. */
    public static final int LIST_MIN = 2;

    public static final int LIST_MAX = 20;
    /** The most accepted answers per language. */
    public static final int ACCEPTS_MAX = 20;
    /** The most tags, and the longest tag. */
    public static final int TAGS_MAX = 20;

    public static final int TAG_MAX = 40;
    /** The longest per-bank key. */
    public static final int KEY_MAX = 200;
    /** The longest topic name. */
    public static final int TOPIC_NAME_MAX = 200;
    /** The most drafts saved in one call (an imported deck). */
    public static final int BATCH_MAX = 100_000;

    private DraftLimits() {}
}
