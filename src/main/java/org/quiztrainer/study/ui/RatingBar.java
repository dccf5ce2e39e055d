package org.quiztrainer.study.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.quiztrainer.srs.Rating;

/**
 * The four ratings, each with the interval it leads to and its key (1 to 4). One may be marked as
 * chosen (the grade's suggestion), which Enter or Space then confirms.
 */
class RatingBar extends Div {

    final Map<Rating, Button> buttons = new EnumMap<>(Rating.class);
    private Rating chosen;

    RatingBar(Map<Rating, Duration> intervals, Consumer<Rating> onClick) {
        addClassName("rating-bar");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("study.rate.label"));
        for (Rating r : Rating.values()) {
            String name = getTranslation("study.rate." + r.name().toLowerCase(Locale.ROOT));
            Span title = new Span(name);
            title.addClassName("rating-name");
            Span when = new Span(Optional.ofNullable(intervals.get(r))
                    .map(d -> IntervalFormat.format(d, (key, n) -> getTranslation(key, n)))
                    .orElse(""));
            when.addClassName("rating-interval");
            Span key = new Span(Integer.toString(r.grade()));
            key.addClassName("rating-key");
            key.getElement().setAttribute("aria-hidden", "true");
            Button b = new Button();
            b.getElement().appendChild(key.getElement(), title.getElement(), when.getElement());
            b.addClassNames("rating", "rating-" + r.name().toLowerCase(Locale.ROOT));
            b.setAriaLabel(getTranslation("study.rate.aria", name, when.getText(), r.grade()));
            KeyGuard.ownActivation(b);
            b.addClickListener(e -> onClick.accept(r));
            buttons.put(r, b);
            add(b);
        }
    }

    /** Marks a rating as the one Enter or Space confirms. */
    void choose(Rating rating) {
        chosen = rating;
        buttons.forEach((r, b) -> {
            if (r == rating) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                b.getElement().setAttribute("aria-pressed", "true");
            } else {
                b.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
                b.getElement().setAttribute("aria-pressed", "false");
            }
        });
    }

    Rating chosen() {
        return chosen;
    }

    void focusChosen() {
        Optional.ofNullable(buttons.get(chosen)).ifPresent(Button::focus);
    }
}
