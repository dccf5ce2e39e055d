package org.quiztrainer.bank.ui.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The formatting tools of a formatted text: bold, italic, code, bulleted and numbered lists (each wraps the
 * selection in its tag of the safe subset) and an image uploaded into the bank, inserted at the caret. Ctrl+B and
 * Ctrl+I work in the text too. Shown only while the question is formatted.
 */
@JavaScript("context://js/question-editor.js")
class FormatBar extends Div {

    private final TextArea area;

    FormatBar(TextArea area, EditorContext context) {
        this.area = area;
        addClassName("format-bar");
        getElement().setAttribute("role", "toolbar");
        getElement().setAttribute("aria-label", context.t("bank.format.label", area.getLabel()));
        add(
                tool(context, "bank.format.bold", text("B", "format-bold"), "wrap($0, '<b>', '</b>')"),
                tool(context, "bank.format.italic", text("I", "format-italic"), "wrap($0, '<i>', '</i>')"),
                tool(context, "bank.format.code", VaadinIcon.CODE.create(), "wrap($0, '<code>', '</code>')"),
                tool(context, "bank.format.bullets", VaadinIcon.LIST_UL.create(), "list($0, 'ul')"),
                tool(context, "bank.format.numbers", VaadinIcon.LIST_OL.create(), "list($0, 'ol')"));
        Button image = new Button(VaadinIcon.PICTURE.create(), e -> context.requestImage(area));
        label(image, context.t("bank.format.image"));
        image.addClassName("format-image");
        add(image);
        setVisible(false);
        area.getElement().executeJs("window.qtEditor && window.qtEditor.keys(this)");
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        area.getElement().setAttribute("data-formatted", Boolean.toString(visible));
    }

    private Button tool(EditorContext context, String key, com.vaadin.flow.component.Component icon, String call) {
        Button b = new Button(icon, e -> area.getElement().executeJs("window.qtEditor." + call, area.getElement()));
        label(b, context.t(key));
        return b;
    }

    private static void label(Button b, String label) {
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON);
        b.setAriaLabel(label);
        b.setTooltipText(label);
    }

    private static Span text(String letter, String className) {
        Span s = new Span(letter);
        s.addClassName(className);
        s.getElement().setAttribute("aria-hidden", "true");
        return s;
    }
}
