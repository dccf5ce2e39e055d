package org.quiztrainer.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** What a page or a section shows while it has nothing yet: what is missing and what to do next. */
public class EmptyState extends Div {

    /** The message, and optionally what to do: a link or a button. */
    public EmptyState(String message, Component... next) {
        addClassName("empty-state");
        Paragraph text = new Paragraph(message);
        text.addClassName("empty-state-text");
        add(text);
        add(next);
    }
}
