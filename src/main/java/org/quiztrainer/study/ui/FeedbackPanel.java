package org.quiztrainer.study.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.Unit;
import org.quiztrainer.grading.DiffSegment;
import org.quiztrainer.grading.Feedback;
import org.quiztrainer.grading.Grade;
import org.quiztrainer.shell.ContentLanguage;

/**
 * What the learner sees after answering: right or wrong, what differed (the character diff of a typed
 * answer against the closest accepted one, the expected number, the right order), the explanation and
 * the source. Colour is never the only signal: every mark also has a word or a symbol.
 */
class FeedbackPanel extends Div {

    FeedbackPanel(Question question, Grade grade, Locale locale, Function<String, Optional<Unit>> units) {
        addClassName("feedback");
        getElement().setAttribute("role", "status");
        Div verdict = new Div();
        verdict.addClassName("verdict");
        if (grade.correct()) {
            verdict.setText(getTranslation("study.feedback.correct"));
            verdict.addClassName("correct");
        } else if (grade.score() > 0) {
            verdict.setText(getTranslation("study.feedback.partly", Math.round(grade.score() * 100)));
            verdict.addClassName("partly");
        } else {
            verdict.setText(getTranslation("study.feedback.wrong"));
            verdict.addClassName("wrong");
        }
        add(verdict);
        details(question, grade.feedback(), locale, units);
        addExplanation(question, locale);
    }

    /** The back of a flashcard or the explanation after an answer, with the source. */
    FeedbackPanel(Question question, Locale locale) {
        addClassName("feedback");
        if (question.content() instanceof QuestionContent.Flashcard card) {
            Div back = new Div();
            back.addClassName("card-back");
            back.setText(card.back().in(locale));
            ContentLanguage.mark(back, card.back().in(locale), locale);
            add(back);
        }
        addExplanation(question, locale);
    }

    private void addExplanation(Question question, Locale locale) {
        Paragraph explanation = ContentLanguage.mark(
                new Paragraph(question.explanation().in(locale)),
                question.explanation().in(locale),
                locale);
        explanation.addClassName("explanation");
        Paragraph source = new Paragraph(getTranslation("study.feedback.source", question.source()));
        source.addClassName("source");
        add(explanation, source);
    }

    private void details(Question question, Feedback feedback, Locale locale, Function<String, Optional<Unit>> units) {
        if (feedback instanceof Feedback.Text t) {
            if (!t.diff().isEmpty() && t.diff().stream().anyMatch(d -> d.kind() != DiffSegment.Kind.SAME)) {
                Div diff = new Div();
                diff.addClassName("diff");
                diff.add(new Span(getTranslation("study.feedback.diff") + " "));
                for (DiffSegment segment : t.diff()) {
                    Span s = new Span(segment.text());
                    s.addClassName("diff-" + segment.kind().name().toLowerCase(Locale.ROOT));
                    if (segment.kind() != DiffSegment.Kind.SAME) {
                        s.getElement()
                                .setAttribute(
                                        "title",
                                        getTranslation(
                                                segment.kind() == DiffSegment.Kind.EXTRA
                                                        ? "study.feedback.diff-extra"
                                                        : "study.feedback.diff-missing"));
                    }
                    diff.add(s);
                }
                add(diff);
            }
            if (t.typoForgiven()) {
                add(line(getTranslation("study.feedback.typo")));
            }
            add(line(getTranslation("study.feedback.accepted", t.closestAccepted())));
        } else if (feedback instanceof Feedback.Numeric n) {
            String unit = question.content() instanceof QuestionContent.Numeric num && num.unit() != null
                    ? units.apply(num.unit()).map(u -> u.name().in(locale)).orElse("")
                    : "";
            add(line(getTranslation(
                    unit.isEmpty() ? "study.feedback.number" : "study.feedback.number-unit",
                    n.expected().stripTrailingZeros().toPlainString(),
                    n.tolerance().stripTrailingZeros().toPlainString(),
                    n.given().stripTrailingZeros().toPlainString(),
                    unit)));
        } else if (feedback instanceof Feedback.Choices c
                && !c.missed().isEmpty()
                && question.content() instanceof QuestionContent.MultipleChoice m) {
            add(line(getTranslation(
                    "study.feedback.missed",
                    c.missed().stream()
                            .map(i -> m.choices().get(i).text().in(locale))
                            .collect(Collectors.joining("; ")))));
        } else if (feedback instanceof Feedback.Choices c
                && !c.missed().isEmpty()
                && question.content() instanceof QuestionContent.SingleChoice s) {
            add(line(getTranslation(
                    "study.feedback.right-choice",
                    s.choices().get(c.missed().get(0)).text().in(locale))));
        } else if (feedback instanceof Feedback.Ordering o
                && !o.wrongPositions().isEmpty()
                && question.content() instanceof QuestionContent.Ordering ord) {
            add(line(getTranslation(
                    "study.feedback.right-order",
                    ord.items().stream().map(i -> i.in(locale)).collect(Collectors.joining(" → ")))));
        } else if (feedback instanceof Feedback.Invalid invalid) {
            add(line(getTranslation("study.feedback.problem."
                    + invalid.problem().name().toLowerCase(Locale.ROOT).replace('_', '-'))));
        }
    }

    private static Paragraph line(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("feedback-line");
        return p;
    }
}
