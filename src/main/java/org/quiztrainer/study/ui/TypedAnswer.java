package org.quiztrainer.study.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;
import org.quiztrainer.grading.Feedback;
import org.quiztrainer.grading.Grader;
import org.quiztrainer.grading.Response;

/** A typed short answer or a number with its unit ("175B", "1750亿"); an empty answer counts as wrong. */
class TypedAnswer extends Div implements AnswerWidget {

    final TextField field = new TextField();
    private final boolean number;

    TypedAnswer(boolean number) {
        this.number = number;
        addClassName("answer-typed");
        field.setLabel(getTranslation(number ? "study.answer.number" : "study.answer.text"));
        field.setHelperText(getTranslation(number ? "study.answer.number.help" : "study.answer.text.help"));
        field.setMaxLength(Grader.MAX_INPUT_LENGTH);
        field.setWidthFull();
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.getElement().setAttribute("autocomplete", "off");
        field.getElement().setAttribute("spellcheck", "false");
        KeyGuard.ownTyping(field);
        add(field);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public Optional<Response> response() {
        String text = field.getValue();
        return Optional.of(number ? new Response.NumberText(text) : new Response.Text(text));
    }

    @Override
    public boolean blank() {
        return field.getValue().isBlank();
    }

    @Override
    public void showFeedback(Feedback feedback) {
        field.setReadOnly(true);
    }

    @Override
    public void focus() {
        field.focus();
    }
}
