package org.quiztrainer.study.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;

/**
 * Keeps keys pressed in a component away from the view's shortcuts, which listen on the whole page:
 * a focused button handles its own Enter and Space (instead of also submitting the card), and a field
 * the learner types into handles every key (so typing "u" does not undo).
 */
final class KeyGuard {

    private static final String ACTIVATION = "this.addEventListener('keydown', e => {"
            + " if (e.key === 'Enter' || e.key === ' ') { e.stopPropagation(); } })";
    private static final String TYPING =
            "this.addEventListener('keydown', e => {" + " if (e.key !== 'Enter') { e.stopPropagation(); } })";
    private static final String ALL = "this.addEventListener('keydown', e => e.stopPropagation())";

    private KeyGuard() {}

    /** Enter and Space act on the component only. */
    static <T extends Component> T ownActivation(T component) {
        return run(component, ACTIVATION);
    }

    /** Every key but Enter acts on the component only: an answer field where Enter submits. */
    static <T extends Component> T ownTyping(T component) {
        return run(component, TYPING);
    }

    /** Every key acts on the component only. */
    static <T extends Component> T ownAllKeys(T component) {
        return run(component, ALL);
    }

    /** Enter and Space act on an element only (e.g. a select's list, shown in an overlay elsewhere). */
    static void ownActivation(Component owner, Element element) {
        owner.addAttachListener(e -> element.executeJs(ACTIVATION));
    }

    private static <T extends Component> T run(T component, String script) {
        component.addAttachListener(e -> component.getElement().executeJs(script));
        if (component.isAttached()) {
            component.getElement().executeJs(script);
        }
        return component;
    }
}
