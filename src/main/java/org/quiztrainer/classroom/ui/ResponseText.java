package org.quiztrainer.classroom.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quiztrainer.bank.ClozeText;
import org.quiztrainer.bank.PlainContent;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.RichText;
import org.quiztrainer.grading.Response;

/**
 * A response or the correct answer of a question as a reader sees it, in the bank's text of the locale;
 * {@code truth} names true and false in the UI language.
 */
final class ResponseText {

    private ResponseText() {}

    static String of(Question q, Response r, Locale locale, Function<Boolean, String> truth) {
        if (r == null) {
            return "–";
        }
        QuestionContent c = q.html() ? PlainContent.of(q.content()) : q.content();
        if (r instanceof Response.Blanks b) {
            return String.join(" | ", b.typed());
        }
        if (r instanceof Response.Choices ch) {
            List<QuestionContent.Choice> choices = choices(c);
            return ch.chosen().stream()
                    .filter(i -> i < choices.size())
                    .map(i -> choices.get(i).text().in(locale))
                    .collect(Collectors.joining("; "));
        }
        if (r instanceof Response.TrueFalse tf) {
            return truth.apply(tf.answer());
        }
        if (r instanceof Response.Text t) {
            return t.text();
        }
        if (r instanceof Response.NumberText n) {
            return n.text();
        }
        if (r instanceof Response.Order o && c instanceof QuestionContent.Ordering ord) {
            return o.order().stream()
                    .map(i -> item(ord.items().size(), i) < 0
                            ? "?"
                            : ord.items().get(Integer.parseInt(i)).in(locale))
                    .collect(Collectors.joining(" → "));
        }
        if (r instanceof Response.Pairs p && c instanceof QuestionContent.Matching m) {
            return p.pairs().entrySet().stream()
                    .filter(e -> item(m.pairs().size(), e.getKey()) >= 0
                            && item(m.pairs().size(), e.getValue()) >= 0)
                    .map(e -> m.pairs().get(Integer.parseInt(e.getKey())).left().in(locale) + " = "
                            + m.pairs()
                                    .get(Integer.parseInt(e.getValue()))
                                    .right()
                                    .in(locale))
                    .collect(Collectors.joining("; "));
        }
        return String.valueOf(r);
    }

    /** The correct answer, written out. */
    static String correct(Question q, Locale locale, Function<Boolean, String> truth) {
        QuestionContent c = q.html() ? PlainContent.of(q.content()) : q.content();
        if (c instanceof QuestionContent.Cloze z) {
            return ClozeText.answers(q.text().in(locale), z.number()).stream()
                    .map(a -> RichText.plain(a, q.html()))
                    .collect(Collectors.joining(" | "));
        }
        if (c instanceof QuestionContent.SingleChoice || c instanceof QuestionContent.MultipleChoice) {
            return choices(c).stream()
                    .filter(QuestionContent.Choice::correct)
                    .map(x -> x.text().in(locale))
                    .collect(Collectors.joining("; "));
        }
        if (c instanceof QuestionContent.TrueFalse tf) {
            return truth.apply(tf.answer());
        }
        if (c instanceof QuestionContent.ShortAnswer s) {
            return s.accepted(locale).get(0);
        }
        if (c instanceof QuestionContent.Numeric n) {
            return n.answer().toPlainString() + (n.unit() == null ? "" : " " + n.unit());
        }
        if (c instanceof QuestionContent.Ordering o) {
            return o.items().stream().map(t -> t.in(locale)).collect(Collectors.joining(" → "));
        }
        if (c instanceof QuestionContent.Matching m) {
            return m.pairs().stream()
                    .map(p -> p.left().in(locale) + " = " + p.right().in(locale))
                    .collect(Collectors.joining("; "));
        }
        return "";
    }

    static List<QuestionContent.Choice> choices(QuestionContent c) {
        if (c instanceof QuestionContent.SingleChoice s) {
            return s.choices();
        }
        if (c instanceof QuestionContent.MultipleChoice m) {
            return m.choices();
        }
        return List.of();
    }

    private static int item(int n, String id) {
        try {
            int i = Integer.parseInt(id);
            return i >= 0 && i < n ? i : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
