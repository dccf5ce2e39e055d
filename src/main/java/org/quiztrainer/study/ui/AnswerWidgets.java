package org.quiztrainer.study.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.quiztrainer.bank.ClozeText;
import org.quiztrainer.bank.PlainContent;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.RichText;

/** Creates the answer widget of a question type; flashcards have none, the learner grades themself. */
final class AnswerWidgets {

    private AnswerWidgets() {}

    /**
     * The widget of a question; the texts of choices, items and pairs are shown as plain text (a formatted one
     * without its markup), as a radio button's or drop-down's label can only be.
     */
    static Optional<AnswerWidget> of(Question question, Locale locale, Random random) {
        if (question.content() instanceof QuestionContent.Cloze c) {
            if (!c.typed()) {
                return Optional.empty();
            }
            String text = question.text().in(locale);
            List<String> hints = ClozeText.deletions(text).stream()
                    .filter(d -> d.number() == c.number())
                    .map(d -> d.hint().isEmpty() ? "" : RichText.plain(d.hint(), question.html()))
                    .toList();
            return Optional.of(new ClozeAnswer(hints));
        }
        return of(question.html() ? PlainContent.of(question.content()) : question.content(), locale, random);
    }

    static Optional<AnswerWidget> of(QuestionContent content, Locale locale, Random random) {
        if (content instanceof QuestionContent.SingleChoice c) {
            return Optional.of(new ChoiceAnswer(c.choices(), false, locale, random));
        }
        if (content instanceof QuestionContent.MultipleChoice c) {
            return Optional.of(new ChoiceAnswer(c.choices(), true, locale, random));
        }
        if (content instanceof QuestionContent.TrueFalse) {
            return Optional.of(new TrueFalseAnswer());
        }
        if (content instanceof QuestionContent.ShortAnswer) {
            return Optional.of(new TypedAnswer(false));
        }
        if (content instanceof QuestionContent.Numeric) {
            return Optional.of(new TypedAnswer(true));
        }
        if (content instanceof QuestionContent.Ordering o) {
            return Optional.of(new OrderingAnswer(o.items(), locale, random));
        }
        if (content instanceof QuestionContent.Matching m) {
            return Optional.of(new MatchingAnswer(m.pairs(), locale, random));
        }
        return Optional.empty();
    }

    /** The indexes 0..n-1 in a random order, never the authored one when there are two or more. */
    static List<Integer> shuffled(int n, Random random) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        List<Integer> authored = List.copyOf(order);
        for (int i = 0; i < 10 && (i == 0 || (n > 1 && order.equals(authored))); i++) {
            Collections.shuffle(order, random);
        }
        if (n > 1 && order.equals(authored)) {
            Collections.rotate(order, 1);
        }
        return order;
    }
}
