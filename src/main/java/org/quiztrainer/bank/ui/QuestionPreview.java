package org.quiztrainer.bank.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.Optional;
import org.quiztrainer.bank.BrowsedQuestion;

/**
 * A question as a learner will see it, in both languages: the question, and the answer and explanation
 * when the service gives them to the caller (else a line saying they show once the question is answered).
 */
class QuestionPreview extends Div {

    QuestionPreview() {
        addClassName("question-preview");
        getStyle().set("padding", "0 var(--lumo-space-m)").set("overflow", "auto");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("bank.preview.label"));
        show(Optional.empty());
    }

    void show(Optional<BrowsedQuestion> shown) {
        removeAll();
        if (shown.isEmpty()) {
            add(new Paragraph(getTranslation("bank.preview.empty")));
            return;
        }
        BrowsedQuestion q = shown.get();
        add(new H3(q.id()));
        add(new Span(getTranslation("bank.type." + q.type().code()) + " · "
                + getTranslation("bank.preview.revision", q.revision()) + " · "
                + getTranslation("bank.preview.source") + ": " + q.source()));
        if (!q.keyShown()) {
            Paragraph hidden = new Paragraph(getTranslation("bank.preview.key-hidden"));
            hidden.addClassName("preview-key-hidden");
            add(hidden);
        }
        add(language(q, Locale.SIMPLIFIED_CHINESE, "bank.preview.zh"));
        add(language(q, Locale.ENGLISH, "bank.preview.en"));
    }

    private Div language(BrowsedQuestion q, Locale locale, String title) {
        Div side = new Div();
        side.addClassName("preview-" + locale.getLanguage());
        side.getElement().setAttribute("lang", locale.toLanguageTag());
        side.add(new H4(getTranslation(title)));
        side.add(lines("preview-front", q.front().in(locale)));
        q.answer().ifPresent(answer -> {
            side.add(new H4(getTranslation("bank.preview.answer")));
            side.add(lines("preview-answer", answer.in(locale)));
        });
        q.explanation().ifPresent(explanation -> {
            side.add(new H4(getTranslation("bank.preview.explanation")));
            side.add(lines("preview-explanation", explanation.in(locale)));
        });
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
