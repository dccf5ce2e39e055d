package org.quiztrainer.study.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.Shortcuts;
import java.util.ArrayList;
import java.util.List;

/**
 * The keyboard shortcuts of one phase of a card (prompt, answering, rating): registered while the phase
 * lasts, all removed when the next phase starts, so a digit typed into an answer field never rates the card.
 * They listen on the owner (the study or practice view), not on the whole page: Enter on a button of the top
 * bar or the menu acts on that button only. The owner is focusable ({@code tabindex=-1}), so a click on the
 * view's empty space keeps the keys working.
 */
final class PhaseKeys {

    private final Component owner;
    private final List<ShortcutRegistration> active = new ArrayList<>();

    PhaseKeys(Component owner) {
        this.owner = owner;
        owner.getElement().setAttribute("tabindex", "-1");
    }

    PhaseKeys on(Key key, Runnable action, KeyModifier... modifiers) {
        active.add(Shortcuts.addShortcutListener(owner, action::run, key, modifiers)
                .listenOn(owner));
        return this;
    }

    /** Like {@link #on}, but the focused field first hands its value to the server (blur and focus again). */
    PhaseKeys onAfterInput(Key key, Runnable action) {
        active.add(Shortcuts.addShortcutListener(owner, action::run, key)
                .listenOn(owner)
                .resetFocusOnActiveElement());
        return this;
    }

    void clear() {
        active.forEach(ShortcutRegistration::remove);
        active.clear();
    }
}
