package org.quiztrainer.bank.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.quiztrainer.bank.BankLanguages;
import org.quiztrainer.bank.BrowsedQuestion;

/**
 * The question selected in the browser, in each language of its bank: the question as a learner is asked it (with
 * what they choose from), and the answer and explanation when the service gives them to the caller (else a line
 * saying they show once the question is answered).
 */
class QuestionPreview extends Div {

    private Runnable edit;

    QuestionPreview() {
        addClassName("question-preview");
        getStyle().set("padding", "0 var(--lumo-space-m)").set("overflow", "auto");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("bank.preview.label"));
        show(Optional.empty(), BankLanguages.BOTH);
    }

    /** Shows a question, or the empty line; {@code languages} are the bank's. */
    void show(Optional<BrowsedQuestion> shown, BankLanguages languages) {
        removeAll();
        if (shown.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("bank.preview.empty"));
            empty.addClassName("preview-empty");
            add(empty);
            return;
        }
        BrowsedQuestion q = shown.get();
        H3 title = new H3(q.id());
        title.addClassName("preview-heading");
        add(title);
        if (edit != null) {
            Button open = new Button(getTranslation("bank.preview.edit"), e -> edit.run());
            open.addClassName("preview-edit");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(open);
        }
        List<String> facts = new ArrayList<>(List.of(
                getTranslation("bank.type." + q.type().code()), getTranslation("bank.preview.revision", q.revision())));
        if (!q.source().isBlank()) {
            facts.add(getTranslation("bank.preview.source") + ": " + q.source());
        }
        if (q.retired()) {
            facts.add(getTranslation("bank.preview.retired"));
        }
        Span about = new Span(String.join(" · ", facts));
        about.addClassName("preview-facts");
        add(about);
        if (!q.keyShown()) {
            Paragraph hidden = new Paragraph(getTranslation("bank.preview.key-hidden"));
            hidden.addClassName("preview-key-hidden");
            add(hidden);
        }
        if (languages.needsZh()) {
            add(language(q, Locale.SIMPLIFIED_CHINESE, "bank.preview.zh"));
        }
        if (languages.needsEn()) {
            add(language(q, Locale.ENGLISH, "bank.preview.en"));
        }
    }

    /** What the preview's Edit button does (for the bank's editors), or null for no button. */
    void onEdit(Runnable action) {
        this.edit = action;
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
        q.explanation().filter(e -> !e.isEmpty()).ifPresent(explanation -> {
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
