package org.quiztrainer.grading;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a typed number with an optional unit spelling or scale word into the key's unit.
 *
 * <p>After NFKC (so {@code １７５Ｂ} reads as {@code 175B}) and without trailing punctuation
 * ({@code 175B。}), the text is a number, optional white space, and an optional word. The number is either Arabic, {@code [+-]digits[.digits][e[+-]digits]} with
 * commas allowed only between groups of three digits ({@code 1,750}), or a Chinese numeral
 * ({@code 一千七百五十}, {@code 两万五}). The word is matched exactly against the unit's spellings and
 * scale words, then without regard to case for words longer than one letter ({@code Billion}), so
 * {@code b}/{@code B} or {@code m}/{@code M} stay as authored. The value in the key's unit is:
 * <pre>
 * no word:           n                 (a bare number is counted in the key's unit)
 * a spelling:        n
 * a scale word w:    n * scale(w) / base
 * </pre>
 * A Chinese numeral ending in 万 or 亿 uses that ending as the scale word when the unit has it
 * ({@code 一千七百五十亿} reads as {@code 1750亿}). A unit word written after the number in Chinese
 * ({@code 1997年}, {@code 6层}, {@code 两个}) is one of the unit's spellings, so it is accepted exactly
 * where the question's unit has it. When the unit is spelled {@code %}, a leading {@code 百分之} reads
 * as a percentage ({@code 百分之六十} = 60).
 */
final class NumberReader {

    /** The largest exponent magnitude read ({@code 1e100}); beyond it arithmetic would be unbounded. */
    static final int MAX_EXPONENT = 100;

    private static final int QUOTED_LENGTH = 40;
    private static final String PER_CENT = "百分之";
    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final Pattern ARABIC =
            Pattern.compile("([+-]?)((?:[1-9]\\d{0,2}(?:,\\d{3})+|\\d+)(?:\\.\\d*)?|\\.\\d+)(?:[eE]([+-]?\\d+))?");

    private NumberReader() {}

    /** A reading: the value in the key's unit, or why there is none. */
    sealed interface Reading {}

    /** The value in the key's unit and the word read after the number ("" for none). */
    record Value(BigDecimal value, String readAs) implements Reading {}

    /** Why the text is not a number in this unit. */
    record Unreadable(Problem problem, String detail) implements Reading {}

    /** Reads {@code text} into {@code unit}, or into a bare number when there is none. */
    static Reading read(String text, Optional<UnitSpec> unit) {
        String s = TextNormaliser.compact(text).replace('\u2212', '-').replaceFirst("[\\s\\p{P}]+$", "");
        if (s.isEmpty()) {
            return new Unreadable(Problem.BLANK, "nothing was typed");
        }
        if (s.startsWith(PER_CENT)
                && s.length() > PER_CENT.length()
                && unit.map(u -> u.spellings().contains("%")).orElse(false)) {
            s = s.substring(PER_CENT.length()).strip();
        }
        Matcher m = ARABIC.matcher(s);
        BigDecimal number;
        String rest;
        if (m.lookingAt()) {
            String exponent = m.group(3);
            if (exponent != null
                    && (exponent.replaceFirst("^[+-]?0*", "").length() > 3
                            || Math.abs(Integer.parseInt(exponent)) > MAX_EXPONENT)) {
                return new Unreadable(Problem.OUT_OF_RANGE, quote(s) + " has an exponent beyond +-" + MAX_EXPONENT);
            }
            String digits = m.group(2).replace(",", "");
            number = new BigDecimal(m.group(1) + digits + (exponent == null ? "" : "e" + exponent));
            rest = s.substring(m.end()).trim();
            if (rest.matches(",\\d.*")) {
                return new Unreadable(
                        Problem.NOT_A_NUMBER,
                        quote(s)
                                + " is not a number: a comma only groups thousands (1,750); write decimals with a point");
            }
        } else {
            ChineseNumerals.Split split =
                    ChineseNumerals.split(s, unit.map(u -> u.scales().keySet()).orElse(null));
            if (split == null) {
                return new Unreadable(Problem.NOT_A_NUMBER, quote(s) + " does not start with a number");
            }
            number = split.number();
            rest = split.rest();
        }
        return inUnit(s, number, rest, unit);
    }

    private static Reading inUnit(String s, BigDecimal number, String rest, Optional<UnitSpec> unit) {
        if (rest.isEmpty()) {
            return new Value(number, "");
        }
        if (unit.isEmpty()) {
            return new Unreadable(
                    Problem.UNKNOWN_UNIT, quote(rest) + " in " + quote(s) + ": the answer is a plain number");
        }
        UnitSpec spec = unit.get();
        Optional<String> word = match(rest, spec, false).or(() -> match(rest, spec, true));
        if (word.isEmpty()) {
            List<String> known = new ArrayList<>(spec.spellings());
            known.addAll(spec.scales().keySet());
            return new Unreadable(
                    Problem.UNKNOWN_UNIT,
                    quote(rest) + " in " + quote(s) + " is not one of " + String.join(", ", known));
        }
        BigDecimal scale = spec.scales().get(word.get());
        BigDecimal value = scale == null ? number : number.multiply(scale).divide(spec.base(), PRECISION);
        return new Value(value, word.get());
    }

    /** The spelling or scale word {@code rest} is, exactly or (for words over one character) ignoring case. */
    private static Optional<String> match(String rest, UnitSpec spec, boolean ignoreCase) {
        List<String> hits = new ArrayList<>();
        List<String> words = new ArrayList<>(spec.spellings());
        words.addAll(spec.scales().keySet());
        for (String word : words) {
            String w = TextNormaliser.compact(word);
            boolean same = ignoreCase
                    ? w.codePointCount(0, w.length()) > 1
                            && w.toLowerCase(Locale.ROOT).equals(rest.toLowerCase(Locale.ROOT))
                    : w.equals(rest);
            if (same) {
                hits.add(word);
            }
        }
        boolean oneMeaning = hits.stream().map(h -> value(spec, h)).distinct().count() == 1;
        return oneMeaning ? Optional.of(hits.get(0)) : Optional.empty();
    }

    /** {@code text} in quotes, cut to {@value #QUOTED_LENGTH} characters so that a detail stays short. */
    private static String quote(String text) {
        if (text.codePointCount(0, text.length()) <= QUOTED_LENGTH) {
            return "'" + text + "'";
        }
        return "'" + text.substring(0, text.offsetByCodePoints(0, QUOTED_LENGTH)) + "...'";
    }

    private static BigDecimal value(UnitSpec spec, String word) {
        BigDecimal scale = spec.scales().get(word);
        return (scale == null ? spec.base() : scale).stripTrailingZeros();
    }
}
