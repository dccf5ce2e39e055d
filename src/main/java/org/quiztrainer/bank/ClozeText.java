package org.quiztrainer.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cloze deletions of a text, in Anki's syntax: {@code {{c1::answer}}} or {@code {{c1::answer::hint}}}.
 * A card for number {@code n} hides every deletion numbered {@code n} (shown as {@code [...]} or
 * {@code [hint]}) and shows the answers of the other deletions as plain text.
 */
public final class ClozeText {

    /** The highest deletion number (Anki allows up to 500 cards per note). */
    public static final int MAX_NUMBER = 500;

    private static final Pattern DELETION = Pattern.compile("\\{\\{c(\\d{1,3})::(.*?)(?:::(.*?))?}}", Pattern.DOTALL);

    private ClozeText() {}

    /**
     * One deletion.
     *
     * @param number its number ({@code c1} is 1)
     * @param answer the hidden text
     * @param hint   the hint shown in its place, or empty
     */
    public record Deletion(int number, String answer, String hint) {}

    /** The deletions of a text, in order. */
    public static List<Deletion> deletions(String text) {
        List<Deletion> out = new ArrayList<>();
        Matcher m = DELETION.matcher(text);
        while (m.find()) {
            out.add(new Deletion(Integer.parseInt(m.group(1)), m.group(2), m.group(3) == null ? "" : m.group(3)));
        }
        return out;
    }

    /** The deletion numbers used in a text, ascending. */
    public static SortedSet<Integer> numbers(String text) {
        SortedSet<Integer> out = new TreeSet<>();
        deletions(text).forEach(d -> out.add(d.number()));
        return out;
    }

    /** The answers a card for {@code number} hides, in order. */
    public static List<String> answers(String text, int number) {
        return deletions(text).stream()
                .filter(d -> d.number() == number)
                .map(Deletion::answer)
                .toList();
    }

    /** Whether every given language of the text has a deletion numbered {@code number}. */
    public static boolean asks(LocalizedText text, int number) {
        return (!text.hasZh() || numbers(text.zh()).contains(number))
                && (!text.hasEn() || numbers(text.en()).contains(number));
    }

    /**
     * A piece of a cloze text as the card for one number sees it: plain text (the answers of other
     * deletions included), or a deletion it hides.
     *
     * @param text   the plain text, or the hidden answer
     * @param hidden whether it is a deletion of the card's number
     * @param hint   the hidden deletion's hint, or empty
     */
    public record Segment(String text, boolean hidden, String hint) {}

    /** The text split for the card of {@code number}: plain pieces and the deletions it hides, in order. */
    public static List<Segment> segments(String text, int number) {
        List<Segment> out = new ArrayList<>();
        Matcher m = DELETION.matcher(text);
        StringBuilder plain = new StringBuilder();
        int at = 0;
        while (m.find()) {
            plain.append(text, at, m.start());
            at = m.end();
            if (Integer.parseInt(m.group(1)) == number) {
                if (plain.length() > 0) {
                    out.add(new Segment(plain.toString(), false, ""));
                    plain.setLength(0);
                }
                out.add(new Segment(m.group(2), true, m.group(3) == null ? "" : m.group(3)));
            } else {
                plain.append(m.group(2));
            }
        }
        plain.append(text, at, text.length());
        if (plain.length() > 0) {
            out.add(new Segment(plain.toString(), false, ""));
        }
        return out;
    }

    /** The front of the card for {@code number}: its deletions as {@code [...]} or {@code [hint]}. */
    public static String front(String text, int number) {
        return render(text, number, false);
    }

    /** The back of the card for {@code number}: every deletion shows its answer. */
    public static String back(String text, int number) {
        return render(text, number, true);
    }

    private static String render(String text, int number, boolean reveal) {
        Matcher m = DELETION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean hidden = Integer.parseInt(m.group(1)) == number && !reveal;
            String hint = m.group(3) == null || m.group(3).isEmpty() ? "..." : m.group(3);
            m.appendReplacement(out, Matcher.quoteReplacement(hidden ? "[" + hint + "]" : m.group(2)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
