package org.quiztrainer.bank.ui.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.quiztrainer.bank.ContentDraft;

/** Whether the statement is true or false; none chosen yet is refused on save. */
final class TrueFalseEditor implements ContentEditor {

    private final RadioButtonGroup<Boolean> truth = new RadioButtonGroup<>();

    TrueFalseEditor(EditorContext context) {
        truth.setLabel(context.labels().label("truth"));
        truth.setItems(Boolean.TRUE, Boolean.FALSE);
        truth.setItemLabelGenerator(b -> context.t(b ? "bank.edit.true" : "bank.edit.false"));
        truth.addClassName("truth");
        context.problems().register("truth", truth);
        truth.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                context.changed("truth");
            }
        });
    }

    @Override
    public Component component() {
        return truth;
    }

    @Override
    public ContentDraft draft() {
        return ContentDraft.trueFalse(truth.getValue());
    }

    @Override
    public void load(ContentDraft draft) {
        truth.setValue(draft.truth());
    }

    RadioButtonGroup<Boolean> truth() {
        return truth;
    }
}
