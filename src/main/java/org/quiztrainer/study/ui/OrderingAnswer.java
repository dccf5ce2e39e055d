package org.quiztrainer.study.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.grading.Feedback;
import org.quiztrainer.grading.Response;

/**
 * Items to put in order, shown shuffled; each row has move up and move down buttons (Tab to them,
 * Enter or Space to move), and the focus follows the moved item.
 */
class OrderingAnswer extends Div implements AnswerWidget {

    private final List<LocalizedText> items;
    private final Locale locale;
    private final List<Integer> order;
    private final Div list = new Div();
    private final List<Button> ups = new ArrayList<>();
    private final List<Button> downs = new ArrayList<>();
    private boolean locked;

    OrderingAnswer(List<LocalizedText> items, Locale locale, Random random) {
        this.items = items;
        this.locale = locale;
        this.order = new ArrayList<>(AnswerWidgets.shuffled(items.size(), random));
        addClassName("answer-ordering");
        Span label = new Span(getTranslation("study.answer.order"));
        label.addClassName("answer-label");
        list.addClassName("order-list");
        list.getElement().setAttribute("role", "list");
        add(label, list);
        render(List.of());
    }

    private void render(List<Integer> wrongPositions) {
        list.removeAll();
        ups.clear();
        downs.clear();
        for (int pos = 0; pos < order.size(); pos++) {
            int at = pos;
            String text = items.get(order.get(pos)).in(locale);
            Div row = new Div();
            row.addClassName("order-row");
            row.getElement().setAttribute("role", "listitem");
            if (wrongPositions.contains(pos)) {
                row.addClassName("wrong");
            }
            Span number = new Span((pos + 1) + ".");
            number.addClassName("order-number");
            Span label = new Span(text);
            label.addClassName("order-text");
            Button up = move(VaadinIcon.ARROW_UP, getTranslation("study.answer.move-up", text), at, -1);
            Button down = move(VaadinIcon.ARROW_DOWN, getTranslation("study.answer.move-down", text), at, 1);
            up.setEnabled(!locked && pos > 0);
            down.setEnabled(!locked && pos < order.size() - 1);
            ups.add(up);
            downs.add(down);
            row.add(number, label, up, down);
            list.add(row);
        }
    }

    private Button move(VaadinIcon icon, String label, int at, int by) {
        Button b = new Button(icon.create());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        b.setAriaLabel(label);
        b.setTooltipText(label);
        KeyGuard.ownActivation(b);
        b.addClickListener(e -> moveItem(at, by));
        return b;
    }

    void moveItem(int at, int by) {
        int to = at + by;
        if (locked || to < 0 || to >= order.size()) {
            return;
        }
        order.add(to, order.remove(at));
        render(List.of());
        boolean sameDirection = by < 0 ? to > 0 : to < order.size() - 1;
        Button follow = (by < 0) == sameDirection ? ups.get(to) : downs.get(to);
        follow.focus();
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public Optional<Response> response() {
        return Optional.of(
                new Response.Order(order.stream().map(String::valueOf).toList()));
    }

    @Override
    public boolean blank() {
        return false;
    }

    @Override
    public void showFeedback(Feedback feedback) {
        locked = true;
        render(feedback instanceof Feedback.Ordering f ? f.wrongPositions() : List.of());
    }

    @Override
    public void focus() {
        if (!downs.isEmpty()) {
            downs.get(0).focus();
        }
    }
}
