package org.quiztrainer.bank.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.QuestionContent.Choice;

/**
 * Writes questions in Moodle's GIFT format, in one language: a {@code $CATEGORY} per topic, each
 * question titled with its id and its explanation as general feedback ({@code ####}).
 *
 * <p>Mapping: single choice {@code =right ~wrong}; multiple choice with weights {@code ~%w%} where a
 * correct choice weighs {@code 100/k} (k correct choices) and a wrong one {@code -100}; true/false
 * {@code TRUE}/{@code FALSE}; short answer {@code =a =b}; numeric {@code #answer:tolerance};
 * matching {@code =left -> right}; ordering as matching of each item to its position
 * ({@code =item -> 1}); a flashcard as an essay question whose feedback is the back.
 */
public final class GiftWriter {

    private GiftWriter() {}

    public static String write(List<Question> questions, Locale locale) {
        StringBuilder out = new StringBuilder("// Quiz Trainer question bank, ")
                .append(CardText.zh(locale) ? "中文" : "English")
                .append("\n\n");
        String topic = null;
        for (Question q : questions) {
            if (!q.topicId().equals(topic)) {
                topic = q.topicId();
                out.append("$CATEGORY: quiztrainer/").append(topic).append("\n\n");
            }
            out.append("::")
                    .append(escape(q.id()))
                    .append(":: ")
                    .append(escape(q.text().in(locale)))
                    .append(" {")
                    .append(answers(q, locale))
                    .append("\n\t####")
                    .append(escape(feedback(q, locale)))
                    .append("\n}\n\n");
        }
        return out.toString();
    }

    /** The general feedback: the explanation, after the back of a flashcard. */
    private static String feedback(Question q, Locale locale) {
        String explain = q.explanation().in(locale);
        return q.content() instanceof QuestionContent.Flashcard f ? f.back().in(locale) + "\n" + explain : explain;
    }

    private static String answers(Question q, Locale locale) {
        QuestionContent c = q.content();
        if (c instanceof QuestionContent.Flashcard) {
            return "";
        } else if (c instanceof QuestionContent.SingleChoice s) {
            return s.choices().stream()
                    .map(x ->
                            "\n\t" + (x.correct() ? "=" : "~") + escape(x.text().in(locale)))
                    .collect(Collectors.joining());
        } else if (c instanceof QuestionContent.MultipleChoice m) {
            long k = m.choices().stream().filter(Choice::correct).count();
            String weight = BigDecimal.valueOf(100)
                    .divide(BigDecimal.valueOf(k), 5, RoundingMode.HALF_UP)
                    .stripTrailingZeros()
                    .toPlainString();
            return m.choices().stream()
                    .map(x -> "\n\t~%" + (x.correct() ? weight : "-100") + "%"
                            + escape(x.text().in(locale)))
                    .collect(Collectors.joining());
        } else if (c instanceof QuestionContent.TrueFalse t) {
            return t.answer() ? "TRUE" : "FALSE";
        } else if (c instanceof QuestionContent.ShortAnswer a) {
            return a.accepted(locale).stream().map(x -> "\n\t=" + escape(x)).collect(Collectors.joining());
        } else if (c instanceof QuestionContent.Numeric n) {
            return "#" + n.answer().toPlainString() + ":" + n.tolerance().toPlainString();
        } else if (c instanceof QuestionContent.Matching m) {
            return m.pairs().stream()
                    .map(p -> "\n\t=" + escape(p.left().in(locale)) + " -> "
                            + escape(p.right().in(locale)))
                    .collect(Collectors.joining());
        } else if (c instanceof QuestionContent.Ordering o) {
            return IntStream.range(0, o.items().size())
                    .mapToObj(i -> "\n\t=" + escape(o.items().get(i).in(locale)) + " -> " + (i + 1))
                    .collect(Collectors.joining());
        }
        throw new IllegalArgumentException("unknown content " + c);
    }

    /** Escapes GIFT's special characters {@code ~ = # { } :} and the backslash; line breaks become {@code \n}. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if ("\\~=#{}:".indexOf(ch) >= 0) {
                out.append('\\').append(ch);
            } else if (ch == '\n') {
                out.append("\\n");
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
