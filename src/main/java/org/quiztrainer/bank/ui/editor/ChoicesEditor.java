package org.quiztrainer.bank.ui.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import org.quiztrainer.bank.ContentDraft;
import org.quiztrainer.bank.LocalizedText;

/**
 * The choices of a single or multiple choice question, each with its "correct" box: a single choice needs exactly
 * one ticked, a multiple choice at least one (the services say so on the list when it is not).
 */
final class ChoicesEditor extends RowsEditor<ContentDraft.ChoiceDraft> implements ContentEditor {

    static final int NEW_ROWS = 4;

    private final boolean multiple;

    ChoicesEditor(EditorContext context, boolean multiple) {
        super(context, "choices", "choice", "bank.edit.add-choice");
        this.multiple = multiple;
        Div hint = new Div(context.t(multiple ? "bank.edit.choices-multiple" : "bank.edit.choices-single"));
        hint.addClassName("field-hint");
        addComponentAsFirst(hint);
        List<ContentDraft.ChoiceDraft> blank = new ArrayList<>();
        for (int i = 0; i < NEW_ROWS; i++) {
            blank.add(blank());
        }
        setValues(blank);
    }

    @Override
    protected Row<ContentDraft.ChoiceDraft> row(int index, ContentDraft.ChoiceDraft value) {
        String label = rowLabel(index);
        TextPair text = new TextPair(context, "choice." + index, label, false);
        text.setValue(value.text());
        Checkbox correct = new Checkbox(context.t("bank.edit.correct"));
        correct.setValue(value.correct());
        correct.setAriaLabel(context.t("bank.edit.correct-of", label));
        correct.addClassName("choice-correct");
        correct.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                context.changed("choices");
            }
        });
        Div box = new Div(correct, text);
        box.addClassName("choice");
        return new Row<>() {
            @Override
            public Component component() {
                return box;
            }

            @Override
            public ContentDraft.ChoiceDraft value() {
                return new ContentDraft.ChoiceDraft(text.value(), correct.getValue());
            }

            @Override
            public void focus() {
                text.focus();
            }

            @Override
            public void setFormatted(boolean on, boolean convert) {
                text.setFormatted(on, convert);
            }
        };
    }

    @Override
    protected ContentDraft.ChoiceDraft blank() {
        return new ContentDraft.ChoiceDraft(LocalizedText.EMPTY, false);
    }

    @Override
    protected String rowLabel(int index) {
        return context.labels().label("choice." + index);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public ContentDraft draft() {
        return ContentDraft.choices(multiple, values());
    }

    @Override
    public void load(ContentDraft draft) {
        setValues(new ArrayList<>(draft.choices()));
    }
}
