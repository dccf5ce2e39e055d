package org.quiztrainer.study.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;

/**
 * One figure of the study header as a chip: its label and its number, one list item each, so a screen
 * reader says "New 20, Learning 0, Review 3" rather than "New 20Learning 0Review 3".
 */
class QueueCount extends ListItem {

    private final Span value = new Span();

    QueueCount(String className, String label) {
        addClassNames("count", className);
        Span name = new Span(label);
        name.addClassName("count-label");
        value.addClassName("count-value");
        add(name, new Text(" "), value);
    }

    void set(int count) {
        value.setText(String.valueOf(count));
    }
}
