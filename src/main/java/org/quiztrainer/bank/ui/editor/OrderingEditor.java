package org.quiztrainer.bank.ui.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.Collections;
import org.quiztrainer.bank.ContentDraft;
import org.quiztrainer.bank.LocalizedText;

/** The items of an ordering question in their right order; learners get them shuffled. */
final class OrderingEditor extends RowsEditor<LocalizedText> implements ContentEditor {

    static final int NEW_ROWS = 3;

    OrderingEditor(EditorContext context) {
        super(context, "items", "item", "bank.edit.add-item");
        Div hint = new Div(context.t("bank.edit.items-hint"));
        hint.addClassName("field-hint");
        addComponentAsFirst(hint);
        setValues(new ArrayList<>(Collections.nCopies(NEW_ROWS, LocalizedText.EMPTY)));
    }

    @Override
    protected Row<LocalizedText> row(int index, LocalizedText value) {
        TextPair text = new TextPair(context, "item." + index, rowLabel(index), false);
        text.setValue(value);
        return new Row<>() {
            @Override
            public Component component() {
                return text;
            }

            @Override
            public LocalizedText value() {
                return text.value();
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
    protected LocalizedText blank() {
        return LocalizedText.EMPTY;
    }

    @Override
    protected String rowLabel(int index) {
        return context.labels().label("item." + index);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public ContentDraft draft() {
        return ContentDraft.ordering(values());
    }

    @Override
    public void load(ContentDraft draft) {
        setValues(new ArrayList<>(draft.items()));
    }
}
