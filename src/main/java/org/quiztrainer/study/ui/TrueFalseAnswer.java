package org.quiztrainer.study.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Optional;
import org.quiztrainer.grading.Feedback;
import org.quiztrainer.grading.Response;

/** True or false, as two radio buttons; no answer counts as wrong. */
class TrueFalseAnswer extends Div implements AnswerWidget {

    final RadioButtonGroup<Boolean> group = new RadioButtonGroup<>();

    TrueFalseAnswer() {
        addClassName("answer-true-false");
        group.setLabel(getTranslation("study.answer.true-or-false"));
        group.setItems(List.of(true, false));
        group.setItemLabelGenerator(this::label);
        add(group);
    }

    private String label(Boolean value) {
        return getTranslation(value ? "study.answer.true" : "study.answer.false");
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public Optional<Response> response() {
        return Optional.ofNullable(group.getValue()).map(Response.TrueFalse::new);
    }

    @Override
    public boolean blank() {
        return group.getValue() == null;
    }

    @Override
    public void showFeedback(Feedback feedback) {
        if (feedback instanceof Feedback.TrueFalse f) {
            String right = getTranslation("study.feedback.mark-right");
            String wrong = getTranslation("study.feedback.mark-wrong");
            group.setItemLabelGenerator(v -> (v == f.expected() ? right : v == f.given() ? wrong : "")
                    + (v == f.expected() || v == f.given() ? " " : "")
                    + label(v));
        }
        group.setReadOnly(true);
    }

    @Override
    public void focus() {
        group.getElement().executeJs("const r = this.querySelector('vaadin-radio-button'); if (r) r.focus()");
    }
}
