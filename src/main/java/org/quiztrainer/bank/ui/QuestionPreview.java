package org.quiztrainer.bank.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.Optional;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.StoredQuestion;
import org.quiztrainer.bank.export.CardText;

/** A question as a learner will see it, in both languages: the question, the answer, the explanation. */
class QuestionPreview extends Div {

    QuestionPreview() {
        addClassName("question-preview");
        getStyle().set("padding", "0 var(--lumo-space-m)").set("overflow", "auto");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("bank.preview.label"));
        show(Optional.empty());
    }

    void show(Optional<StoredQuestion> stored) {
        removeAll();
        if (stored.isEmpty()) {
            add(new Paragraph(getTranslation("bank.preview.empty")));
            return;
        }
        Question q = stored.get().question();
        add(new H3(q.id()));
        add(new Span(getTranslation("bank.type." + q.type().code()) + " · "
                + getTranslation("bank.preview.revision", stored.get().revision()) + " · "
                + getTranslation("bank.preview.source") + ": " + q.source()));
        add(language(q, Locale.SIMPLIFIED_CHINESE, "bank.preview.zh"));
        add(language(q, Locale.ENGLISH, "bank.preview.en"));
    }

    private Div language(Question q, Locale locale, String title) {
        Div side = new Div();
        side.addClassName("preview-" + locale.getLanguage());
        side.getElement().setAttribute("lang", locale.toLanguageTag());
        side.add(new H4(getTranslation(title)));
        side.add(lines("preview-front", CardText.front(q, locale)));
        side.add(new H4(getTranslation("bank.preview.answer")));
        side.add(lines("preview-answer", CardText.answer(q, locale)));
        side.add(new H4(getTranslation("bank.preview.explanation")));
        side.add(lines("preview-explanation", q.explanation().in(locale)));
        return side;
    }

    private static Div lines(String className, String text) {
        Div div = new Div();
        div.addClassName(className);
        div.getStyle().set("white-space", "pre-line");
        div.setText(text);
        return div;
    }
}
