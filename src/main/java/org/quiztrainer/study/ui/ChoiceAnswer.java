package org.quiztrainer.study.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.grading.Feedback;
import org.quiztrainer.grading.Response;

/** Radio buttons (one correct) or check boxes (any number correct), shown shuffled, answered by index. */
class ChoiceAnswer extends Div implements AnswerWidget {

    final RadioButtonGroup<Integer> single = new RadioButtonGroup<>();
    final CheckboxGroup<Integer> multiple = new CheckboxGroup<>();
    private final boolean isMultiple;
    private final List<QuestionContent.Choice> choices;
    private final Locale locale;

    ChoiceAnswer(List<QuestionContent.Choice> choices, boolean isMultiple, Locale locale, Random random) {
        this.choices = choices;
        this.isMultiple = isMultiple;
        this.locale = locale;
        addClassName("answer-choices");
        List<Integer> order = AnswerWidgets.shuffled(choices.size(), random);
        if (isMultiple) {
            multiple.setLabel(getTranslation("study.answer.choose-all"));
            multiple.setItems(order);
            multiple.setItemLabelGenerator(this::text);
            multiple.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            add(multiple);
        } else {
            single.setLabel(getTranslation("study.answer.choose-one"));
            single.setItems(order);
            single.setItemLabelGenerator(this::text);
            single.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            add(single);
        }
    }

    private String text(Integer index) {
        return choices.get(index).text().in(locale);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public Optional<Response> response() {
        if (isMultiple) {
            return Optional.of(new Response.Choices(new HashSet<>(multiple.getValue())));
        }
        return Optional.of(
                single.getValue() == null ? new Response.Choices(Set.of()) : Response.Choices.of(single.getValue()));
    }

    @Override
    public boolean blank() {
        return isMultiple ? multiple.getValue().isEmpty() : single.getValue() == null;
    }

    @Override
    public void showFeedback(Feedback feedback) {
        if (feedback instanceof Feedback.Choices f) {
            String right = getTranslation("study.feedback.mark-right");
            String wrong = getTranslation("study.feedback.mark-wrong");
            String missed = getTranslation("study.feedback.mark-missed");
            if (isMultiple) {
                multiple.setItemLabelGenerator(i -> mark(f, i, right, wrong, missed) + text(i));
            } else {
                single.setItemLabelGenerator(i -> mark(f, i, right, wrong, missed) + text(i));
            }
        }
        single.setReadOnly(true);
        multiple.setReadOnly(true);
    }

    private static String mark(Feedback.Choices f, int i, String right, String wrong, String missed) {
        if (f.chosenCorrect().contains(i)) {
            return right + " ";
        }
        if (f.chosenWrong().contains(i)) {
            return wrong + " ";
        }
        return f.missed().contains(i) ? missed + " " : "";
    }

    @Override
    public void focus() {
        if (isMultiple) {
            multiple.getElement().executeJs("const c = this.querySelector('vaadin-checkbox'); if (c) c.focus()");
        } else {
            single.getElement().executeJs("const r = this.querySelector('vaadin-radio-button'); if (r) r.focus()");
        }
    }
}
