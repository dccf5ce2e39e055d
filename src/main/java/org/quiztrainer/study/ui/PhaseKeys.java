package org.quiztrainer.study.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.Shortcuts;
import java.util.ArrayList;
import java.util.List;

/**
 * The keyboard shortcuts of one phase of a card (prompt, answering, rating): registered on the whole
 * page while the phase lasts, all removed when the next phase starts, so a digit typed into an answer
 * field never rates the card.
 */
final class PhaseKeys {

    private final Component owner;
    private final boolean local;
    private final List<ShortcutRegistration> active = new ArrayList<>();

    PhaseKeys(Component owner) {
        this(owner, false);
    }

    private PhaseKeys(Component owner, boolean local) {
        this.owner = owner;
        this.local = local;
    }

    /**
     * Keys that listen on the owner only (a card previewed inside another page, whose fields must keep their Enter
     * and Space); the owner is made focusable ({@code tabindex=-1}).
     */
    static PhaseKeys local(Component owner) {
        owner.getElement().setAttribute("tabindex", "-1");
        return new PhaseKeys(owner, true);
    }

    PhaseKeys on(Key key, Runnable action, KeyModifier... modifiers) {
        active.add(scoped(Shortcuts.addShortcutListener(owner, action::run, key, modifiers)));
        return this;
    }

    /** Like {@link #on}, but the focused field first hands its value to the server (blur and focus again). */
    PhaseKeys onAfterInput(Key key, Runnable action) {
        active.add(
                scoped(Shortcuts.addShortcutListener(owner, action::run, key)).resetFocusOnActiveElement());
        return this;
    }

    private ShortcutRegistration scoped(ShortcutRegistration r) {
        return local ? r.listenOn(owner) : r;
    }

    void clear() {
        active.forEach(ShortcutRegistration::remove);
        active.clear();
    }
}
