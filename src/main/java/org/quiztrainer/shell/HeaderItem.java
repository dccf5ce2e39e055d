package org.quiztrainer.shell;

import com.vaadin.flow.component.Component;

/**
 * A piece of the top bar contributed by a feature (the user menu, the language switch), so the shell
 * needs to know no feature. Beans of this type are placed in {@link #order()}.
 */
public interface HeaderItem {

    /** A new component for one layout instance. */
    Component create();

    /** Position from left to right. */
    default int order() {
        return 0;
    }
}
