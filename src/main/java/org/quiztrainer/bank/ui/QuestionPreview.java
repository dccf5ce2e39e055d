package org.quiztrainer.bank.ui;

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
import org.quiztrainer.bank.ClozeText;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.StoredQuestion;
import org.quiztrainer.bank.export.CardText;

/**
 * The question selected in the browser, in each language of its bank: the question as a learner is asked it (with
 * what they choose from), and, for whoever may see the key, the answer and the explanation. A learner sees no
 * answer here: they meet it when they answer the question in study, practice or a quiz.
 */
class QuestionPreview extends Div {

    private Runnable edit;

    QuestionPreview() {
        addClassName("question-preview");
        getStyle().set("padding", "0 var(--lumo-space-m)").set("overflow", "auto");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("bank.preview.label"));
        show(Optional.empty(), BankLanguages.BOTH, false);
    }

    /**
     * @param languages the languages to show (the bank's)
     * @param withKey   whether the answer and the explanation are shown
     */
    void show(Optional<StoredQuestion> stored, BankLanguages languages, boolean withKey) {
        removeAll();
        if (stored.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("bank.preview.empty"));
            empty.addClassName("preview-empty");
            add(empty);
            return;
        }
        Question q = stored.get().question();
        H3 title = new H3(q.id());
        title.addClassName("preview-heading");
        add(title);
        if (edit != null) {
            com.vaadin.flow.component.button.Button open =
                    new com.vaadin.flow.component.button.Button(getTranslation("bank.preview.edit"), e -> edit.run());
            open.addClassName("preview-edit");
            open.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
            add(open);
        }
        List<String> facts = new ArrayList<>(List.of(
                getTranslation("bank.type." + q.type().code()),
                getTranslation("bank.preview.revision", stored.get().revision())));
        if (!q.source().isBlank()) {
            facts.add(getTranslation("bank.preview.source") + ": " + q.source());
        }
        if (stored.get().retired()) {
            facts.add(getTranslation("bank.preview.retired"));
        }
        Span about = new Span(String.join(" · ", facts));
        about.addClassName("preview-facts");
        add(about);
        if (languages.needsZh()) {
            add(language(q, Locale.SIMPLIFIED_CHINESE, "bank.preview.zh", withKey));
        }
        if (languages.needsEn()) {
            add(language(q, Locale.ENGLISH, "bank.preview.en", withKey));
        }
        if (!withKey) {
            Paragraph note = new Paragraph(getTranslation("bank.preview.no-key"));
            note.addClassName("preview-no-key");
            add(note);
        }
    }

    /** What the preview's Edit button does (for the bank's editors), or null for no button. */
    void onEdit(Runnable action) {
        this.edit = action;
    }

    private Div language(Question q, Locale locale, String title, boolean withKey) {
        Div side = new Div();
        side.addClassNames("preview-side", "preview-" + locale.getLanguage());
        side.getElement().setAttribute("lang", locale.toLanguageTag());
        side.add(new H4(getTranslation(title)));
        side.add(QuestionText.of(prompt(q, locale), q.html(), "preview-front"));
        String options = options(q, locale);
        if (!options.isEmpty()) {
            side.add(lines("preview-options", options));
        }
        if (withKey) {
            side.add(new H4(getTranslation("bank.preview.answer")));
            side.add(lines("preview-answer", CardText.answer(q, locale)));
            if (!q.explanation().isEmpty()) {
                side.add(new H4(getTranslation("bank.preview.explanation")));
                side.add(QuestionText.of(q.explanation().in(locale), q.html(), "preview-explanation"));
            }
        }
        return side;
    }

    private static String prompt(Question q, Locale locale) {
        String text = q.text().in(locale);
        return q.content() instanceof QuestionContent.Cloze c ? ClozeText.front(text, c.number()) : text;
    }

    /** What the learner chooses from: the lines of the card's front after its text. */
    private static String options(Question q, Locale locale) {
        if (q.content() instanceof QuestionContent.Cloze) {
            return "";
        }
        String front = CardText.front(q, locale);
        String text = CardText.plain(q, q.text(), locale);
        return front.startsWith(text) ? front.substring(text.length()).strip() : "";
    }

    private static Div lines(String className, String text) {
        Div div = new Div();
        div.addClassName(className);
        div.getStyle().set("white-space", "pre-line");
        div.setText(text);
        return div;
    }
}
