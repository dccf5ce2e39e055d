package org.quiztrainer.bank.ui.editor;

import com.vaadin.flow.component.Component;
import org.quiztrainer.bank.ContentDraft;

/** The inputs of one question type: what is asked besides the question's text, and what counts as right. */
interface ContentEditor {

    Component component();

    /** What is typed, loose (the services say what is wrong). */
    ContentDraft draft();

    /** Shows a stored or copied content. */
    void load(ContentDraft draft);

    /** Switches its texts between plain and formatted, converting them when {@code convert}. */
    default void setFormatted(boolean on, boolean convert) {}
}
