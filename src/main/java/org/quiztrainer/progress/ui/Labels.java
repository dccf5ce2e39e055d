package org.quiztrainer.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.quiztrainer.progress.RetentionFigure;

/** Shared formatting and building blocks of the progress views. */
final class Labels {

    private Labels() {}

    /** A share 0..1 as a whole percentage, or a dash when there is nothing to divide. */
    static String percent(double share) {
        return Double.isNaN(share) ? "–" : Math.round(share * 100) + "%";
    }

    /** "83% (5/6)", or a dash when nothing was counted. */
    static String figure(RetentionFigure f) {
        return f.total() == 0 ? "–" : percent(f.rate()) + " (" + f.passed() + "/" + f.total() + ")";
    }

    /** A titled card holding one part of a dashboard. */
    static Div section(String className, String title, Component... content) {
        Div card = new Div(new H3(title));
        card.addClassNames("progress-section", className);
        card.getStyle()
                .set("background", "var(--lumo-contrast-5pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)")
                .set("box-sizing", "border-box")
                .set("min-width", "0");
        card.getChildren()
                .findFirst()
                .ifPresent(h -> h.getStyle()
                        .set("margin", "0 0 var(--lumo-space-s) 0")
                        .set("font-size", "var(--lumo-font-size-l)"));
        card.add(content);
        return card;
    }

    /** A big number with a caption. */
    static Div tile(String className, String value, String caption) {
        Span number = new Span(value);
        number.addClassName("progress-tile-value");
        number.getStyle()
                .set("font-size", value.length() > 5 ? "var(--lumo-font-size-l)" : "var(--lumo-font-size-xxl)")
                .set("overflow-wrap", "anywhere")
                .set("font-weight", "600")
                .set("color", "var(--lumo-primary-text-color)");
        Span label = new Span(caption);
        label.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Div tile = new Div(number, label);
        tile.addClassNames("progress-tile", className);
        tile.getStyle()
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("padding", "var(--lumo-space-s)")
                .set("background", "var(--lumo-contrast-5pct)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        return tile;
    }

    /** A grid of boxes, as many columns as fit at {@code minWidth} each. */
    static Div flow(String minWidth, Component... boxes) {
        Div grid = new Div(boxes);
        grid.setWidthFull();
        grid.getStyle()
                .set("display", "grid")
                .set("gap", "var(--lumo-space-m)")
                .set("grid-template-columns", "repeat(auto-fill, minmax(min(100%, " + minWidth + "), 1fr))");
        return grid;
    }

    /** The language of texts from the bank for this locale. */
    static boolean chinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }
}
