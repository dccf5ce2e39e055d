package org.quiztrainer.bank.ui.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.quiztrainer.bank.ContentDraft;

/**
 * A cloze note: its deletions are written in the question's text as {@code {{c1::answer}}} or
 * {@code {{c1::answer::hint}}}, one card per number, as in Anki. The author chooses whether learners reveal each
 * deletion and rate themselves, or type it and have it checked. A button (or Ctrl+Shift+C in the text) wraps the
 * selection in the next deletion.
 */
final class ClozeEditor implements ContentEditor {

    private final Div box = new Div();
    private final RadioButtonGroup<Boolean> typed = new RadioButtonGroup<>();

    ClozeEditor(EditorContext context, TextPair text) {
        box.addClassName("cloze-editor");
        Div help = new Div(context.t("bank.edit.cloze-help"));
        help.addClassName("field-hint");
        typed.setLabel(context.t("bank.edit.cloze-mode"));
        typed.setItems(Boolean.FALSE, Boolean.TRUE);
        typed.setItemLabelGenerator(b -> context.t(b ? "bank.edit.cloze-typed" : "bank.edit.cloze-revealed"));
        typed.setValue(Boolean.FALSE);
        typed.addClassName("cloze-mode");
        typed.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                context.changed("cloze");
            }
        });
        Div buttons = new Div();
        buttons.addClassName("cloze-buttons");
        for (String lang : new String[] {"zh", "en"}) {
            if (lang.equals("zh")
                    ? context.languages().needsZh()
                    : context.languages().needsEn()) {
                var area = text.input(lang);
                area.getElement().setAttribute("data-cloze", "true");
                Button deletion = new Button(
                        context.labels().withLanguage(context.t("bank.edit.cloze-add"), lang),
                        e -> area.getElement().executeJs("window.qtEditor.cloze($0)", area.getElement()));
                deletion.addThemeVariants(ButtonVariant.LUMO_SMALL);
                deletion.addClassName("cloze-add-" + lang);
                buttons.add(deletion);
            }
        }
        ErrorLine error = new ErrorLine("cloze-error");
        context.problems().register("cloze", error);
        box.add(help, buttons, typed, error);
    }

    @Override
    public Component component() {
        return box;
    }

    @Override
    public ContentDraft draft() {
        return ContentDraft.cloze(Boolean.TRUE.equals(typed.getValue()));
    }

    @Override
    public void load(ContentDraft draft) {
        typed.setValue(draft.typed());
    }
}
