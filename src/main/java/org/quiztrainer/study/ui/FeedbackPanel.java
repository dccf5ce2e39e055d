package org.quiztrainer.study.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quiztrainer.bank.ClozeText;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.RichText;
import org.quiztrainer.bank.Unit;
import org.quiztrainer.bank.ui.QuestionText;
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
        if (question.content() instanceof QuestionContent.Cloze c) {
            add(QuestionText.of(ClozeText.back(question.text().in(locale), c.number()), question.html(), "card-back"));
        }
        addExplanation(question, locale);
    }

    /** The back of a flashcard (a cloze card's whole text) or the explanation after an answer, with the source. */
    FeedbackPanel(Question question, Locale locale) {
        addClassName("feedback");
        if (question.content() instanceof QuestionContent.Flashcard card) {
            add(ContentLanguage.mark(
                    QuestionText.of(card.back().in(locale), question.html(), "card-back"),
                    card.back().in(locale),
                    locale));
        } else if (question.content() instanceof QuestionContent.Cloze c) {
            add(ContentLanguage.mark(
                    QuestionText.of(
                            ClozeText.back(question.text().in(locale), c.number()), question.html(), "card-back"),
                    question.text().in(locale),
                    locale));
        }
        addExplanation(question, locale);
    }

    private void addExplanation(Question question, Locale locale) {
        if (!question.explanation().isEmpty()) {
            add(ContentLanguage.mark(
                    QuestionText.of(question.explanation().in(locale), question.html(), "explanation"),
                    question.explanation().in(locale),
                    locale));
        }
        if (!question.source().isBlank()) {
            Paragraph source = new Paragraph(getTranslation("study.feedback.source", question.source()));
            source.addClassName("source");
            add(source);
        }
    }

    private void details(Question question, Feedback feedback, Locale locale, Function<String, Optional<Unit>> units) {
        if (feedback instanceof Feedback.Blanks b && question.content() instanceof QuestionContent.Cloze c) {
            List<String> answers = ClozeText.answers(question.text().in(locale), c.number());
            for (int i = 0; i < b.blanks().size(); i++) {
                String mark = getTranslation(
                        b.scores().get(i) == 1 ? "study.feedback.mark-right" : "study.feedback.mark-wrong");
                String expected = i < answers.size() ? RichText.plain(answers.get(i), question.html()) : "";
                add(line(getTranslation("study.feedback.blank", i + 1, mark, expected)));
            }
            return;
        }
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
                            .map(i -> RichText.plain(m.choices().get(i).text().in(locale), question.html()))
                            .collect(Collectors.joining("; ")))));
        } else if (feedback instanceof Feedback.Choices c
                && !c.missed().isEmpty()
                && question.content() instanceof QuestionContent.SingleChoice s) {
            add(line(getTranslation(
                    "study.feedback.right-choice",
                    RichText.plain(s.choices().get(c.missed().get(0)).text().in(locale), question.html()))));
        } else if (feedback instanceof Feedback.Ordering o
                && !o.wrongPositions().isEmpty()
                && question.content() instanceof QuestionContent.Ordering ord) {
            add(line(getTranslation(
                    "study.feedback.right-order",
                    ord.items().stream()
                            .map(i -> RichText.plain(i.in(locale), question.html()))
                            .collect(Collectors.joining(" → ")))));
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
