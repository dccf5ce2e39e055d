package org.quiztrainer.grading;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalisation of typed answers, applied alike to what was typed and to the accepted answers:
 * <ol>
 * <li>Unicode NFKC, so full-width letters and digits ({@code ＧＰＴ－３}) read as their ASCII forms;</li>
 * <li>case folding ({@code upper} then {@code lower}, locale-neutral);</li>
 * <li>removing punctuation of both scripts: every character of the Unicode punctuation categories P*
 *     ({@code ，。！？、；：“”‘’（）《》} and ASCII {@code !"#%&'()*,-./:;?@[\]_{}}); symbols such as
 *     {@code + = < >} carry meaning and stay; invisible format characters go;</li>
 * <li>collapsing white space to single spaces and trimming; no space is kept next to a Chinese or
 *     Japanese character, since those scripts do not separate words.</li>
 * </ol>
 * The result is the {@linkplain #display display form}. Comparison uses the {@linkplain #matchKey match
 * key}, the display form without any space, so {@code "GPT-3"}, {@code "gpt 3"} and {@code "GPT3"} are one
 * answer.
 */
final class TextNormaliser {

    private TextNormaliser() {}

    /** The display form: steps 1 to 4 above. */
    static String display(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toUpperCase(Locale.ROOT)
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean pendingSpace = false;
        int previous = 0;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                pendingSpace = true;
            } else if (!isPunctuation(cp) && Character.getType(cp) != Character.FORMAT) {
                if (pendingSpace && out.length() > 0 && !isCjk(previous) && !isCjk(cp)) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.appendCodePoint(cp);
                previous = cp;
            }
        }
        return out.toString();
    }

    /** The match key: the display form without spaces. */
    static String matchKey(String text) {
        return display(text).replace(" ", "");
    }

    /** NFKC with white space collapsed and trimmed, but case and punctuation kept (for numbers and units). */
    static String compact(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        boolean pendingSpace = false;
        for (int i = 0; i < nfkc.length(); ) {
            int cp = nfkc.codePointAt(i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                pendingSpace = true;
            } else if (Character.getType(cp) != Character.FORMAT) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** Whether a character is of the Han, Hiragana or Katakana script. */
    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** Whether {@code key} has only Latin letters and ASCII digits (and spaces). */
    static boolean isLatin(String key) {
        return key.codePoints()
                .allMatch(cp -> cp == ' '
                        || (cp >= '0' && cp <= '9')
                        || (Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN));
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    private static boolean isPunctuation(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
