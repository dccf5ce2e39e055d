package org.quiztrainer.bank.ui.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;
import org.quiztrainer.bank.ContentDraft;
import org.quiztrainer.bank.Unit;

/**
 * A numeric answer: the number, a tolerance either side (empty for an exact answer) and an optional unit, whose
 * spellings and scale words learners may type ({@code 175B}, {@code 1750亿}).
 */
final class NumericEditor implements ContentEditor {

    private final Div box = new Div();
    private final TextField number;
    private final TextField tolerance;
    private final ComboBox<Unit> unit = new ComboBox<>();
    private final EditorContext context;
    private final List<Unit> units;

    NumericEditor(EditorContext context, List<Unit> units, Locale locale) {
        this.context = context;
        this.units = units;
        box.addClassName("numeric-editor");
        number = field("number");
        tolerance = field("tolerance");
        tolerance.setHelperText(context.t("bank.edit.tolerance-hint"));
        unit.setLabel(context.labels().label("unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> u.name().in(locale) + " (" + String.join(", ", u.spellings()) + ")");
        unit.setClearButtonVisible(true);
        unit.setPlaceholder(context.t("bank.edit.no-unit"));
        unit.setHelperText(context.t("bank.edit.unit-hint"));
        unit.addClassName("unit");
        unit.setManualValidation(true);
        context.problems().register("unit", unit);
        unit.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                context.changed("unit");
            }
        });
        box.add(number, tolerance, unit);
    }

    private TextField field(String name) {
        TextField f = new TextField(context.labels().label(name));
        f.addClassName(name);
        f.setValueChangeMode(ValueChangeMode.LAZY);
        f.setManualValidation(true);
        context.problems().register(name, f);
        f.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                context.changed(name);
            }
        });
        return f;
    }

    @Override
    public Component component() {
        return box;
    }

    @Override
    public ContentDraft draft() {
        return ContentDraft.numeric(
                number.getValue(),
                tolerance.getValue(),
                unit.getValue() == null ? "" : unit.getValue().id());
    }

    @Override
    public void load(ContentDraft draft) {
        number.setValue(draft.number());
        tolerance.setValue(draft.tolerance().equals("0") ? "" : draft.tolerance());
        unit.setValue(units.stream()
                .filter(u -> u.id().equals(draft.unit()))
                .findFirst()
                .orElse(null));
    }
}
