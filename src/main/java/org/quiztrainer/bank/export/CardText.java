package org.quiztrainer.bank.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.quiztrainer.bank.ClozeText;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.RichText;

/**
 * A question as plain text in one language, as a learner sees it: the front (the question with its
 * choices, items or pairs to match) and the back (the right answer). Choices, items and right sides
 * are shown in a shuffled order that depends only on the question id and the texts, so the text is the
 * same every time and the right choice is not always first (authors tend to write it first).
 */
public final class CardText {

    private CardText() {}

    /** Whether the locale asks for Chinese. */
    static boolean zh(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    /** A text of the question in the locale's language, as plain text (a formatted one without its markup). */
    public static String plain(Question q, LocalizedText text, Locale locale) {
        return RichText.plain(text.in(locale), q.html());
    }

    /**
     * The question with what the learner chooses from, one per line; a cloze card with its hidden deletions as
     * {@code [...]} (or their hints).
     */
    public static String front(Question q, Locale locale) {
        QuestionContent c = q.content();
        if (c instanceof QuestionContent.Cloze z) {
            return RichText.plain(ClozeText.front(q.text().in(locale), z.number()), q.html());
        }
        List<String> lines = new ArrayList<>(List.of(plain(q, q.text(), locale)));
        if (c instanceof QuestionContent.SingleChoice s) {
            lines.addAll(lettered(shuffled(
                    q.id(),
                    s.choices().stream().map(x -> plain(q, x.text(), locale)).toList())));
        } else if (c instanceof QuestionContent.MultipleChoice m) {
            lines.addAll(lettered(shuffled(
                    q.id(),
                    m.choices().stream().map(x -> plain(q, x.text(), locale)).toList())));
        } else if (c instanceof QuestionContent.Ordering o) {
            lines.addAll(shuffled(
                            q.id(),
                            o.items().stream().map(t -> plain(q, t, locale)).toList())
                    .stream()
                    .map(s -> "- " + s)
                    .toList());
        } else if (c instanceof QuestionContent.Matching m) {
            m.pairs().forEach(p -> lines.add("- " + plain(q, p.left(), locale)));
            lines.add(zh(locale) ? "配对:" : "Match with:");
            lines.addAll(lettered(shuffled(
                    q.id(),
                    m.pairs().stream().map(p -> plain(q, p.right(), locale)).toList())));
        }
        return String.join("\n", lines);
    }

    /** The right answer (a cloze card: the text with every deletion shown). */
    public static String answer(Question q, Locale locale) {
        QuestionContent c = q.content();
        if (c instanceof QuestionContent.Cloze z) {
            return RichText.plain(ClozeText.back(q.text().in(locale), z.number()), q.html());
        }
        if (c instanceof QuestionContent.Flashcard f) {
            return plain(q, f.back(), locale);
        } else if (c instanceof QuestionContent.SingleChoice s) {
            return correct(q, s.choices(), locale);
        } else if (c instanceof QuestionContent.MultipleChoice m) {
            return correct(q, m.choices(), locale);
        } else if (c instanceof QuestionContent.TrueFalse t) {
            return zh(locale) ? (t.answer() ? "正确" : "错误") : (t.answer() ? "True" : "False");
        } else if (c instanceof QuestionContent.ShortAnswer a) {
            return String.join(" / ", a.accepted(locale));
        } else if (c instanceof QuestionContent.Numeric n) {
            String value = n.answer().stripTrailingZeros().toPlainString();
            String unit = n.unit() == null ? "" : n.unit().equals("params") ? "B" : " " + n.unit();
            return n.tolerance().signum() == 0
                    ? value + unit
                    : value + unit + " ± " + n.tolerance().stripTrailingZeros().toPlainString();
        } else if (c instanceof QuestionContent.Ordering o) {
            return o.items().stream().map(t -> plain(q, t, locale)).collect(Collectors.joining(" → "));
        } else if (c instanceof QuestionContent.Matching m) {
            return m.pairs().stream()
                    .map(p -> plain(q, p.left(), locale) + " → " + plain(q, p.right(), locale))
                    .collect(Collectors.joining("\n"));
        }
        throw new IllegalArgumentException("unknown content " + c);
    }

    private static String correct(Question q, List<QuestionContent.Choice> choices, Locale locale) {
        return choices.stream()
                .filter(QuestionContent.Choice::correct)
                .map(x -> plain(q, x.text(), locale))
                .collect(Collectors.joining("; "));
    }

    private static List<String> lettered(List<String> options) {
        return IntStream.range(0, options.size())
                .mapToObj(i -> (char) ('A' + i) + ". " + options.get(i))
                .toList();
    }

    /** A fixed shuffle: sorted by the hash of id and text, never the original order when avoidable. */
    static List<String> shuffled(String id, List<String> items) {
        List<String> out = items.stream()
                .sorted(Comparator.comparingInt((String s) -> (id + "|" + s).hashCode())
                        .thenComparing(s -> s))
                .collect(Collectors.toCollection(ArrayList::new));
        if (out.equals(items) && out.size() > 1) {
            out.add(out.remove(0));
        }
        return out;
    }
}
