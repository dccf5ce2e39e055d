package org.quiztrainer.bank.ui.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import org.quiztrainer.bank.ContentDraft;
import org.quiztrainer.bank.LocalizedText;

/** The pairs of a matching question: each left side and the right side it matches; learners match them up. */
final class MatchingEditor extends RowsEditor<ContentDraft.PairDraft> implements ContentEditor {

    static final int NEW_ROWS = 3;

    MatchingEditor(EditorContext context) {
        super(context, "pairs", "pair", "bank.edit.add-pair");
        Div hint = new Div(context.t("bank.edit.pairs-hint"));
        hint.addClassName("field-hint");
        addComponentAsFirst(hint);
        List<ContentDraft.PairDraft> blank = new ArrayList<>();
        for (int i = 0; i < NEW_ROWS; i++) {
            blank.add(blank());
        }
        setValues(blank);
    }

    @Override
    protected Row<ContentDraft.PairDraft> row(int index, ContentDraft.PairDraft value) {
        TextPair left = new TextPair(
                context, "pair." + index + ".left", context.labels().label("pair." + index + ".left"), false);
        TextPair right = new TextPair(
                context, "pair." + index + ".right", context.labels().label("pair." + index + ".right"), false);
        left.setValue(value.left());
        right.setValue(value.right());
        Div box = new Div(left, right);
        box.addClassName("pair");
        return new Row<>() {
            @Override
            public Component component() {
                return box;
            }

            @Override
            public ContentDraft.PairDraft value() {
                return new ContentDraft.PairDraft(left.value(), right.value());
            }

            @Override
            public void focus() {
                left.focus();
            }

            @Override
            public void setFormatted(boolean on, boolean convert) {
                left.setFormatted(on, convert);
                right.setFormatted(on, convert);
            }
        };
    }

    @Override
    protected ContentDraft.PairDraft blank() {
        return new ContentDraft.PairDraft(LocalizedText.EMPTY, LocalizedText.EMPTY);
    }

    @Override
    protected String rowLabel(int index) {
        return context.t("bank.field.pair", index + 1);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public ContentDraft draft() {
        return ContentDraft.matching(values());
    }

    @Override
    public void load(ContentDraft draft) {
        setValues(new ArrayList<>(draft.pairs()));
    }
}
