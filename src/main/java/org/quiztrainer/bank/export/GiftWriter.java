package org.quiztrainer.bank.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.quiztrainer.bank.ClozeText;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.QuestionContent.Choice;
import org.quiztrainer.bank.RichText;

/**
 * Writes questions in Moodle's GIFT format, in one language: a {@code $CATEGORY} per topic, each
 * question titled with its id and its explanation as general feedback ({@code ####}).
 *
 * <p>Mapping: single choice {@code =right ~wrong}; multiple choice with weights {@code ~%w%} where a
 * correct choice weighs {@code 100/k} (k correct choices) and a wrong one {@code -100}; true/false
 * {@code TRUE}/{@code FALSE}; short answer {@code =a =b}; numeric {@code #answer:tolerance};
 * matching {@code =left -> right}; ordering as matching of each item to its position
 * ({@code =item -> 1}); a flashcard as an essay question whose feedback is the back; a typed cloze card hiding one
 * answer as a missing-word question ({@code before {=answer} after}), any other cloze card as an essay question whose
 * feedback is the whole text. Formatted texts are written as their plain text.
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
            out.append("::").append(escape(q.id())).append(":: ");
            if (missingWord(q)) {
                QuestionContent.Cloze z = (QuestionContent.Cloze) q.content();
                String marker = "\u0000";
                String text = RichText.plain(ClozeText.withMarker(q.text().in(locale), z.number(), marker), q.html());
                String answer = RichText.plain(
                                ClozeText.answers(q.text().in(locale), z.number())
                                        .get(0),
                                q.html())
                        .strip();
                String[] parts = text.split(marker, 2);
                out.append(escape(parts[0]))
                        .append("{=")
                        .append(escape(answer))
                        .append("\n\t####")
                        .append(escape(CardText.plain(q, q.explanation(), locale)))
                        .append("\n}")
                        .append(escape(parts.length > 1 ? parts[1] : ""))
                        .append("\n\n");
                continue;
            }
            out.append(escape(CardText.plain(q, q.text(), locale)))
                    .append(" {")
                    .append(answers(q, locale))
                    .append("\n\t####")
                    .append(escape(feedback(q, locale)))
                    .append("\n}\n\n");
        }
        return out.toString();
    }

    /** Whether a question is a typed cloze card hiding one answer: GIFT's missing-word question. */
    private static boolean missingWord(Question q) {
        return q.content() instanceof QuestionContent.Cloze z
                && z.typed()
                && ClozeText.answers(
                                        q.text().zh().isEmpty()
                                                ? q.text().en()
                                                : q.text().zh(),
                                        z.number())
                                .size()
                        == 1
                && (q.text().en().isEmpty()
                        || ClozeText.answers(q.text().en(), z.number()).size() == 1);
    }

    /**
     * The general feedback: the explanation, after the back of a flashcard (and of a cloze card, which becomes an
     * essay question showing the whole text).
     */
    private static String feedback(Question q, Locale locale) {
        String explain = CardText.plain(q, q.explanation(), locale);
        if (q.content() instanceof QuestionContent.Flashcard || q.content() instanceof QuestionContent.Cloze) {
            return CardText.answer(q, locale) + "\n" + explain;
        }
        return explain;
    }

    private static String answers(Question q, Locale locale) {
        QuestionContent c = q.content();
        if (c instanceof QuestionContent.Flashcard || c instanceof QuestionContent.Cloze) {
            return "";
        } else if (c instanceof QuestionContent.SingleChoice s) {
            return s.choices().stream()
                    .map(x -> "\n\t" + (x.correct() ? "=" : "~") + escape(CardText.plain(q, x.text(), locale)))
                    .collect(Collectors.joining());
        } else if (c instanceof QuestionContent.MultipleChoice m) {
            long k = m.choices().stream().filter(Choice::correct).count();
            String weight = BigDecimal.valueOf(100)
                    .divide(BigDecimal.valueOf(k), 5, RoundingMode.HALF_UP)
                    .stripTrailingZeros()
                    .toPlainString();
            return m.choices().stream()
                    .map(x -> "\n\t~%" + (x.correct() ? weight : "-100") + "%"
                            + escape(CardText.plain(q, x.text(), locale)))
                    .collect(Collectors.joining());
        } else if (c instanceof QuestionContent.TrueFalse t) {
            return t.answer() ? "TRUE" : "FALSE";
        } else if (c instanceof QuestionContent.ShortAnswer a) {
            return a.accepted(locale).stream().map(x -> "\n\t=" + escape(x)).collect(Collectors.joining());
        } else if (c instanceof QuestionContent.Numeric n) {
            return "#" + n.answer().toPlainString() + ":" + n.tolerance().toPlainString();
        } else if (c instanceof QuestionContent.Matching m) {
            return m.pairs().stream()
                    .map(p -> "\n\t=" + escape(CardText.plain(q, p.left(), locale)) + " -> "
                            + escape(CardText.plain(q, p.right(), locale)))
                    .collect(Collectors.joining());
        } else if (c instanceof QuestionContent.Ordering o) {
            return IntStream.range(0, o.items().size())
                    .mapToObj(i -> "\n\t=" + escape(CardText.plain(q, o.items().get(i), locale)) + " -> " + (i + 1))
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
