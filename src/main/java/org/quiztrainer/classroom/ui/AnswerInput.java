package org.quiztrainer.classroom.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.quiztrainer.bank.ClozeText;
import org.quiztrainer.bank.PlainContent;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.classroom.AttemptItem;
import org.quiztrainer.grading.Response;

/**
 * The input for one question of an attempt, by type; every change is handed to {@code onAnswer} at once so
 * the server keeps it. Choices, items and right sides appear in the attempt's seeded order ({@code order});
 * responses always carry the bank's indexes.
 */
class AnswerInput extends Composite<Div> {

    private final Consumer<Response> onAnswer;
    private final Locale locale;

    AnswerInput(AttemptItem item, List<Integer> order, Locale locale, Consumer<Response> onAnswer) {
        this.onAnswer = onAnswer;
        this.locale = locale;
        getContent().addClassName("answer-input");
        QuestionContent c = item.question().html()
                ? PlainContent.of(item.question().content())
                : item.question().content();
        Response saved = item.saved();
        if (c instanceof QuestionContent.SingleChoice s) {
            RadioButtonGroup<Integer> group = new RadioButtonGroup<>();
            group.setItems(order);
            group.setItemLabelGenerator(i -> s.choices().get(i).text().in(locale));
            if (saved instanceof Response.Choices ch && !ch.chosen().isEmpty()) {
                group.setValue(ch.chosen().iterator().next());
            }
            group.addValueChangeListener(e -> emit(e.isFromClient(), new Response.Choices(Set.of(e.getValue()))));
            add(group);
        } else if (c instanceof QuestionContent.MultipleChoice m) {
            CheckboxGroup<Integer> group = new CheckboxGroup<>();
            group.setItems(order);
            group.setItemLabelGenerator(i -> m.choices().get(i).text().in(locale));
            if (saved instanceof Response.Choices ch) {
                group.setValue(ch.chosen());
            }
            group.addValueChangeListener(e -> emit(e.isFromClient(), new Response.Choices(e.getValue())));
            add(group);
        } else if (c instanceof QuestionContent.TrueFalse) {
            RadioButtonGroup<Boolean> group = new RadioButtonGroup<>();
            group.setItems(true, false);
            group.setItemLabelGenerator(b -> getTranslation(b ? "class.take.true" : "class.take.false"));
            if (saved instanceof Response.TrueFalse tf) {
                group.setValue(tf.answer());
            }
            group.addValueChangeListener(e -> emit(e.isFromClient(), new Response.TrueFalse(e.getValue())));
            add(group);
        } else if (c instanceof QuestionContent.Ordering o) {
            add(new OrderingInput(
                    o,
                    saved instanceof Response.Order r ? indexes(r.order()) : order,
                    locale,
                    list -> onAnswer.accept(new Response.Order(
                            list.stream().map(String::valueOf).toList()))));
        } else if (c instanceof QuestionContent.Matching m) {
            matching(m, saved, order);
        } else if (c instanceof QuestionContent.Cloze z) {
            blanks(
                    ClozeText.answers(item.question().text().in(locale), z.number())
                            .size(),
                    saved);
        } else {
            boolean numeric = c instanceof QuestionContent.Numeric;
            TextField field = new TextField();
            field.setAriaLabel(getTranslation("class.take.your-answer"));
            field.setPlaceholder(getTranslation("class.take.your-answer"));
            field.setWidthFull();
            if (saved instanceof Response.Text t) {
                field.setValue(t.text());
            } else if (saved instanceof Response.NumberText n) {
                field.setValue(n.text());
            }
            field.addValueChangeListener(e -> emit(
                    e.isFromClient() && !e.getValue().isBlank(),
                    numeric ? new Response.NumberText(e.getValue()) : new Response.Text(e.getValue())));
            add(field);
        }
    }

    private void matching(QuestionContent.Matching m, Response saved, List<Integer> order) {
        Map<String, String> chosen = new LinkedHashMap<>(saved instanceof Response.Pairs p ? p.pairs() : Map.of());
        for (int left = 0; left < m.pairs().size(); left++) {
            String key = String.valueOf(left);
            Select<Integer> right = new Select<>();
            right.setLabel(m.pairs().get(left).left().in(locale));
            right.setItems(order);
            right.setItemLabelGenerator(i -> m.pairs().get(i).right().in(locale));
            if (chosen.containsKey(key)) {
                right.setValue(Integer.valueOf(chosen.get(key)));
            }
            right.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    chosen.put(key, String.valueOf(e.getValue()));
                    emit(e.isFromClient(), new Response.Pairs(chosen));
                }
            });
            add(right);
        }
    }

    /** One field per hidden answer of a typed cloze card; every change sends all blanks. */
    private void blanks(int count, Response saved) {
        List<TextField> fields = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            TextField field = new TextField(getTranslation("study.answer.blank", i + 1));
            field.setWidthFull();
            field.addClassName("cloze-blank");
            if (saved instanceof Response.Blanks b && i < b.typed().size()) {
                field.setValue(b.typed().get(i));
            }
            fields.add(field);
            field.addValueChangeListener(e -> emit(
                    e.isFromClient(),
                    new Response.Blanks(fields.stream().map(TextField::getValue).toList())));
            add(field);
        }
    }

    private void emit(boolean fromClient, Response r) {
        if (fromClient) {
            onAnswer.accept(r);
        }
    }

    private void add(Component c) {
        getContent().add(c);
    }

    private static List<Integer> indexes(List<String> ids) {
        return ids.stream().map(Integer::valueOf).toList();
    }

    /** Items with up and down buttons, and a button to keep the order as it is. */
    static class OrderingInput extends Div {

        private final List<Integer> current;
        private final QuestionContent.Ordering content;
        private final Locale locale;
        private final Consumer<List<Integer>> onChange;

        OrderingInput(
                QuestionContent.Ordering content,
                List<Integer> start,
                Locale locale,
                Consumer<List<Integer>> onChange) {
            this.content = content;
            this.current = new ArrayList<>(start);
            this.locale = locale;
            this.onChange = onChange;
            addClassName("ordering-input");
            render();
        }

        private void render() {
            removeAll();
            for (int pos = 0; pos < current.size(); pos++) {
                int p = pos;
                Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(p, -1));
                up.setAriaLabel(getTranslation("class.take.up"));
                up.setEnabled(p > 0);
                Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(p, 1));
                down.setAriaLabel(getTranslation("class.take.down"));
                down.setEnabled(p < current.size() - 1);
                up.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                down.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                HorizontalLayout row = new HorizontalLayout(
                        up,
                        down,
                        new Span((p + 1) + ". "
                                + content.items().get(current.get(p)).in(locale)));
                row.setAlignItems(HorizontalLayout.Alignment.CENTER);
                add(row);
            }
            Button keep = new Button(getTranslation("class.take.keep-order"), e -> onChange.accept(current));
            keep.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(keep);
        }

        private void move(int pos, int by) {
            Integer item = current.remove(pos);
            current.add(pos + by, item);
            render();
            onChange.accept(current);
        }
    }
}
