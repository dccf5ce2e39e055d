package org.quiztrainer.bank.ui.editor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.quiztrainer.bank.BankLanguages;
import org.quiztrainer.bank.DraftPreview;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.Unit;
import org.quiztrainer.bank.ui.LearnerCards;

/**
 * The question as a learner will meet it, in each language of the bank: the study view's own card (answer it,
 * check it, see the feedback and the explanation), one per card of a cloze note. Follows the draft as the author
 * types; while the draft has problems it says so instead.
 */
class PreviewPanel extends Div {

    private final EditorContext context;
    private final BankLanguages languages;
    private final Function<String, Optional<Unit>> units;
    private final LearnerCards cards;
    private final Div body = new Div();
    private List<Question> shown = List.of();
    private boolean invalid;

    PreviewPanel(
            EditorContext context,
            BankLanguages languages,
            Function<String, Optional<Unit>> units,
            LearnerCards cards) {
        this.context = context;
        this.languages = languages;
        this.units = units;
        this.cards = cards;
        addClassName("editor-preview");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", context.t("bank.preview.title"));
        getElement().setAttribute("tabindex", "-1");
        H2 title = new H2(context.t("bank.preview.title"));
        title.addClassName("preview-title");
        Paragraph about = new Paragraph(context.t("bank.preview.about"));
        about.addClassName("field-hint");
        add(title, about, body);
    }

    /** Shows the draft's questions (again only when they changed, so a try in progress survives typing). */
    void show(DraftPreview preview) {
        if (!preview.valid()) {
            if (!invalid) {
                invalid = true;
                shown = List.of();
                body.removeAll();
                Paragraph p = new Paragraph(context.t("bank.preview.invalid"));
                p.addClassName("preview-invalid");
                body.add(p);
            }
            return;
        }
        if (!invalid && preview.questions().equals(shown)) {
            return;
        }
        invalid = false;
        shown = preview.questions();
        body.removeAll();
        if (languages == BankLanguages.BOTH) {
            TabSheet tabs = new TabSheet();
            tabs.addClassName("preview-languages");
            tabs.add(context.t("bank.preview.zh"), cards(Locale.SIMPLIFIED_CHINESE));
            tabs.add(context.t("bank.preview.en"), cards(Locale.ENGLISH));
            body.add(tabs);
        } else {
            body.add(cards(languages == BankLanguages.ZH ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH));
        }
    }

    private Div cards(Locale locale) {
        Div out = new Div();
        out.addClassName("preview-" + locale.getLanguage());
        for (Question q : shown) {
            if (shown.size() > 1 && q.content() instanceof QuestionContent.Cloze c) {
                H3 card = new H3(context.t("bank.preview.card", c.number()));
                card.addClassName("preview-card-title");
                out.add(card);
            }
            out.add(cards.preview(q, locale, units));
        }
        return out;
    }

    /** The cards shown now (one per cloze deletion number), for tests. */
    List<Question> shown() {
        return shown;
    }
}
