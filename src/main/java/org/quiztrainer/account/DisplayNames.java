package org.quiztrainer.account;

/**
 * What a display name may hold. Control characters (U+0000..U+001F, U+007F..U+009F) and invisible format
 * characters (Unicode category Cf: the bidirectional overrides and isolates such as U+202E that reverse the
 * text around them in instructors' grids, zero-width spaces, the byte-order mark) are refused, as are lone
 * surrogates and line or paragraph separators. The zero-width joiner (U+200D) stays allowed: emoji
 * sequences need it and it reorders nothing.
 */
public final class DisplayNames {

    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private DisplayNames() {}

    /** Whether the name holds a character that {@link DisplayNames} refuses. */
    public static boolean hasForbidden(String name) {
        return name.codePoints().anyMatch(DisplayNames::forbidden);
    }

    /** The name without refused characters (for names stored before the rule). */
    public static String clean(String name) {
        if (name == null || !hasForbidden(name)) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().filter(c -> !forbidden(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean forbidden(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL
                || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.FORMAT && c != ZERO_WIDTH_JOINER;
    }
}
