package org.quiztrainer.bank.ui.editor;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;

/**
 * A message line for a problem that belongs to no single input: a list's ("at least two choices"), the correct
 * choice, or the form's. Announced to screen readers as it appears; hidden while there is nothing to say.
 */
class ErrorLine extends Span implements HasValidation {

    private boolean invalid;

    ErrorLine(String className) {
        addClassNames("error-line", className);
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        setText(errorMessage == null ? "" : errorMessage);
        setVisible(errorMessage != null && !errorMessage.isEmpty());
    }

    @Override
    public String getErrorMessage() {
        return getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }
}
