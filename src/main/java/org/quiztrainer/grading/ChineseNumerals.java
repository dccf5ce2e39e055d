package org.quiztrainer.grading;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Chinese numerals in their everyday form: digits 零〇一二两三四五六七八九, units 十百千 within a
 * section below ten thousand, and 万 (10^4) and 亿 (10^8) joining sections:
 * <pre>
 * n = a * 10^8 + b   for "a亿b",   n = a * 10^4 + b   for "a万b"
 * </pre>
 * A leading 十 means 1 x 10 (十五 = 15); a single digit after 百, 千, 万 or 亿 with no 零 between is
 * a tenth of that unit, as spoken (一千七百五 = 1750, 两万五 = 25000). Exactly four digits with no unit
 * are read digit by digit, as years are written ({@code 一九九七} = 1997, {@code 二〇一七} = 2017); other
 * runs of bare digits ({@code 一二三}) stay unread, since they are as often a list as a number:
 * <pre>
 * n = sum of d_i * 10^(k - 1 - i)   for digits d_0 ... d_(k-1)
 * </pre>
 */
final class ChineseNumerals {

    private static final String DIGITS = "零〇一二两三四五六七八九";
    private static final int[] DIGIT_VALUES = {0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9};
    private static final String UNITS = "十百千万亿";
    private static final String POSITIONAL = "零〇一二三四五六七八九";
    private static final int YEAR_DIGITS = 4;
    private static final int MAX_LENGTH = 40;

    private ChineseNumerals() {}

    /** A numeral read from the start of a text and what follows it, trimmed. */
    record Split(BigDecimal number, String rest) {}

    /**
     * Reads the numeral at the start of {@code s}. When it ends in 万 or 亿 and {@code scaleWords} has
     * that word, the ending is left for the rest, so the unit's scale applies.
     *
     * @return the split, or {@code null} when {@code s} does not start with a well-formed numeral
     */
    static Split split(String s, Set<String> scaleWords) {
        int end = 0;
        while (end < s.length() && (DIGITS.indexOf(s.charAt(end)) >= 0 || UNITS.indexOf(s.charAt(end)) >= 0)) {
            end++;
        }
        if (end == 0 || end > MAX_LENGTH) {
            return null;
        }
        String numeral = s.substring(0, end);
        String rest = s.substring(end).trim();
        char last = numeral.charAt(numeral.length() - 1);
        if (rest.isEmpty()
                && numeral.length() > 1
                && (last == '万' || last == '亿')
                && scaleWords != null
                && scaleWords.contains(String.valueOf(last))) {
            numeral = numeral.substring(0, numeral.length() - 1);
            rest = String.valueOf(last);
        }
        Long value = value(numeral);
        return value == null ? null : new Split(BigDecimal.valueOf(value), rest);
    }

    /** The value of a whole numeral, or {@code null} if it is not well formed. */
    static Long value(String numeral) {
        if (numeral.length() == YEAR_DIGITS && numeral.chars().allMatch(c -> POSITIONAL.indexOf(c) >= 0)) {
            long n = 0;
            for (int i = 0; i < numeral.length(); i++) {
                n = n * 10 + digit(numeral.charAt(i));
            }
            return n;
        }
        int yi = numeral.indexOf('亿');
        if (yi >= 0) {
            return join(numeral.substring(0, yi), numeral.substring(yi + 1), 100_000_000L, true);
        }
        int wan = numeral.indexOf('万');
        if (wan >= 0) {
            return join(numeral.substring(0, wan), numeral.substring(wan + 1), 10_000L, false);
        }
        return section(numeral);
    }

    private static Long join(String high, String low, long unit, boolean highMayHoldWan) {
        Long h = highMayHoldWan ? value(high) : section(high);
        if (high.isEmpty() || h == null || h == 0) {
            return null;
        }
        long l;
        if (low.isEmpty()) {
            l = 0;
        } else if (low.length() == 1 && digit(low.charAt(0)) > 0) {
            l = digit(low.charAt(0)) * unit / 10;
        } else {
            Long parsed = value(low.charAt(0) == '零' || low.charAt(0) == '〇' ? low.substring(1) : low);
            if (parsed == null || parsed >= unit || low.contains("亿")) {
                return null;
            }
            l = parsed;
        }
        return h * unit + l;
    }

    /** A section below 10^4: digits and the units 十百千 in falling order. */
    private static Long section(String s) {
        if (s.isEmpty() || s.indexOf('万') >= 0 || s.indexOf('亿') >= 0) {
            return null;
        }
        long total = 0;
        int pending = -1;
        int lastUnit = 10_000;
        boolean zeroSeen = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                if (pending > 0) {
                    return null;
                }
                zeroSeen |= d == 0;
                pending = d;
                continue;
            }
            int unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
            if (unit >= lastUnit || pending == 0) {
                return null;
            }
            if (pending < 0 && !(unit == 10 && i == 0)) {
                return null;
            }
            total += (pending < 0 ? 1 : pending) * (long) unit;
            lastUnit = unit;
            pending = -1;
            zeroSeen = false;
        }
        if (pending > 0) {
            boolean spokenTenth = lastUnit >= 100 && lastUnit < 10_000 && !zeroSeen;
            total += spokenTenth ? pending * (lastUnit / 10L) : pending;
        }
        return total;
    }

    private static int digit(char c) {
        int index = DIGITS.indexOf(c);
        return index < 0 ? -1 : DIGIT_VALUES[index];
    }
}
