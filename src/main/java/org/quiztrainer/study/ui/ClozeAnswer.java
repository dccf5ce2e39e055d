package org.quiztrainer.study.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quiztrainer.grading.Feedback;
import org.quiztrainer.grading.Grader;
import org.quiztrainer.grading.Response;

/**
 * The blanks of a typed cloze card, one field per hidden deletion in the order of the text ("Blank 1", with the
 * deletion's hint as placeholder); empty blanks count as wrong.
 */
class ClozeAnswer extends Div implements AnswerWidget {

    final List<TextField> fields = new ArrayList<>();

    ClozeAnswer(List<String> hints) {
        addClassName("answer-cloze");
        for (int i = 0; i < hints.size(); i++) {
            TextField field = new TextField(getTranslation("study.answer.blank", i + 1));
            field.setPlaceholder(hints.get(i));
            field.setMaxLength(Grader.MAX_INPUT_LENGTH);
            field.setWidthFull();
            field.setValueChangeMode(ValueChangeMode.EAGER);
            field.getElement().setAttribute("autocomplete", "off");
            field.getElement().setAttribute("spellcheck", "false");
            field.addClassName("cloze-blank");
            KeyGuard.ownTyping(field);
            fields.add(field);
            add(field);
        }
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public Optional<Response> response() {
        return Optional.of(
                new Response.Blanks(fields.stream().map(TextField::getValue).toList()));
    }

    @Override
    public boolean blank() {
        return fields.stream().allMatch(f -> f.getValue().isBlank());
    }

    @Override
    public void showFeedback(Feedback feedback) {
        if (feedback instanceof Feedback.Blanks b) {
            for (int i = 0; i < fields.size() && i < b.scores().size(); i++) {
                boolean right = b.scores().get(i) == 1;
                fields.get(i)
                        .setHelperText(
                                getTranslation(right ? "study.feedback.mark-right" : "study.feedback.mark-wrong"));
                fields.get(i).addClassName(right ? "blank-right" : "blank-wrong");
            }
        }
        fields.forEach(f -> f.setReadOnly(true));
    }

    @Override
    public void focus() {
        if (!fields.isEmpty()) {
            fields.get(0).focus();
        }
    }
}
