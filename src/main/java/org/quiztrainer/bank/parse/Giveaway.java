package org.quiztrainer.bank.parse;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a text gives an answer away by containing it: the generator uses it to make no question
 * whose answer the model's own name holds, and the lint ({@code answer-in-prompt}) to find one in
 * any question text.
 */
public final class Giveaway {

    private Giveaway() {}

    /**
     * Whether {@code number} stands in {@code text} as a number of its own: {@code 20} in
     * {@code GPT-NeoX-20B}, not inside {@code 1750}, {@code 120} or {@code 1.75}.
     */
    public static boolean containsNumber(String text, String number) {
        return text.contains(number)
                && Pattern.compile("(?<![\\d.])" + Pattern.quote(number) + "(?!\\d|\\.\\d)")
                        .matcher(text)
                        .find();
    }

    /**
     * Whether {@code term} stands in {@code text}: a Chinese term anywhere; any other term, ignoring
     * case, where a word starts ({@code T5} in {@code Flan-T5}, {@code BLOOM} in {@code BLOOMZ},
     * {@code RNN} in {@code RNNs}), but not inside a word ({@code T5} in {@code mT5}) and not before
     * more digits ({@code GPT-3} in {@code GPT-3.5}, {@code T5} in {@code T55}).
     */
    public static boolean containsTerm(String text, String term) {
        String t = term.strip();
        if (t.isEmpty()) {
            return false;
        }
        if (t.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            return text.contains(t);
        }
        if (!text.toLowerCase(Locale.ROOT).contains(t.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(t) + "(?!\\p{N}|\\.\\d)",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text)
                .find();
    }
}
