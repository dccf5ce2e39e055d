package org.quiztrainer.bank.ui.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A list of rows the author adds, removes and moves up or down: the choices, the items of an ordering, the pairs of
 * a matching. The rows are rebuilt after each change so that each input keeps the name of its place
 * ({@code choice.0}, {@code choice.1}, …), as the services name problems.
 *
 * @param <V> what one row holds
 */
abstract class RowsEditor<V> extends Div {

    /** One row's inputs. */
    interface Row<V> {
        Component component();

        V value();

        /** The row's first input, to focus after adding it. */
        void focus();

        /** Switches its texts between plain and formatted, converting them when {@code convert}. */
        void setFormatted(boolean on, boolean convert);
    }

    protected final EditorContext context;
    private final String listName;
    private final String rowName;
    private final Div rows = new Div();
    private final List<Row<V>> current = new ArrayList<>();
    private final ErrorLine error;
    final Button add;
    protected boolean formatted;

    RowsEditor(EditorContext context, String listName, String rowName, String addKey) {
        this.context = context;
        this.listName = listName;
        this.rowName = rowName;
        addClassNames("rows-editor", listName + "-editor");
        error = new ErrorLine(listName + "-error");
        context.problems().register(listName, error);
        rows.addClassName("rows");
        add = new Button(context.t(addKey), VaadinIcon.PLUS.create(), e -> {
            List<V> values = values();
            values.add(blank());
            setValues(values);
            current.get(current.size() - 1).focus();
            context.changed(listName);
        });
        add.addClassName("add-row");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(rows, error, add);
    }

    /** A row for the value at {@code index}; its inputs register as {@code <rowName>.<index>…}. */
    protected abstract Row<V> row(int index, V value);

    /** The value of a new row. */
    protected abstract V blank();

    /** The label of row {@code index} (for the buttons that move or remove it). */
    protected abstract String rowLabel(int index);

    List<V> values() {
        List<V> out = new ArrayList<>();
        current.forEach(r -> out.add(r.value()));
        return out;
    }

    void setValues(List<V> values) {
        context.problems().forget(rowName + ".");
        rows.removeAll();
        current.clear();
        for (int i = 0; i < values.size(); i++) {
            Row<V> r = row(i, values.get(i));
            r.setFormatted(formatted, false);
            current.add(r);
            Div line = new Div(r.component(), controls(i, values.size()));
            line.addClassNames("row", rowName + "-row");
            rows.add(line);
        }
    }

    /** Switches the rows between plain and formatted text, converting what is typed when {@code convert}. */
    public void setFormatted(boolean on, boolean convert) {
        formatted = on;
        current.forEach(r -> r.setFormatted(on, convert));
    }

    private Div controls(int index, int size) {
        String label = rowLabel(index);
        Button up = icon(VaadinIcon.ARROW_UP, context.t("bank.rows.up", label), () -> move(index, index - 1));
        up.setEnabled(index > 0);
        Button down = icon(VaadinIcon.ARROW_DOWN, context.t("bank.rows.down", label), () -> move(index, index + 1));
        down.setEnabled(index < size - 1);
        Button remove = icon(VaadinIcon.TRASH, context.t("bank.rows.remove", label), () -> remove(index));
        remove.addClassName("remove-row");
        Div controls = new Div(up, down, remove);
        controls.addClassName("row-controls");
        return controls;
    }

    private Button icon(VaadinIcon icon, String label, Runnable action) {
        Button b = new Button(icon.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        b.setAriaLabel(label);
        b.setTooltipText(label);
        return b;
    }

    private void move(int from, int to) {
        List<V> values = values();
        Collections.swap(values, from, to);
        setValues(values);
        context.changed(listName);
    }

    private void remove(int index) {
        List<V> values = values();
        values.remove(index);
        setValues(values);
        context.changed(listName);
    }
}
