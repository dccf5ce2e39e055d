package org.quiztrainer.bank.ui.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The editor's actions and their keys: save (Ctrl+S), save and next (Ctrl+Enter), preview (Alt+P), and for a
 * stored question duplicate, move, retire or restore. Each key works with Cmd on a Mac too, and from inside any
 * field of the editor (the field hands its value over first).
 */
class EditorBar extends Div {

    final Button save;
    final Button next;
    final Button preview;
    final Button duplicate;
    final Button move;
    final Button retire;
    final Button restore;

    /** What the bar's buttons and keys do. */
    interface Actions {
        void save(boolean thenNext);

        void togglePreview();

        void duplicate();

        void move();

        void retire(boolean retire);
    }

    EditorBar(FieldLabels.Translator context, Component keyScope, Actions actions) {
        addClassName("editor-bar");
        getElement().setAttribute("role", "toolbar");
        getElement().setAttribute("aria-label", context.translate("bank.edit.actions"));
        save = new Button(context.translate("bank.edit.save"), VaadinIcon.CHECK.create(), e -> actions.save(false));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("editor-save");
        next = new Button(context.translate("bank.edit.save-next"), e -> actions.save(true));
        next.addClassName("editor-save-next");
        preview = new Button(
                context.translate("bank.edit.preview"), VaadinIcon.EYE.create(), e -> actions.togglePreview());
        preview.addClassName("editor-preview-toggle");
        duplicate = new Button(
                context.translate("bank.edit.duplicate"), VaadinIcon.COPY.create(), e -> actions.duplicate());
        duplicate.addClassName("editor-duplicate");
        move = new Button(context.translate("bank.edit.move"), VaadinIcon.FOLDER_OPEN.create(), e -> actions.move());
        move.addClassName("editor-move");
        retire = new Button(
                context.translate("bank.edit.retire"), VaadinIcon.ARCHIVE.create(), e -> actions.retire(true));
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
        retire.addClassName("editor-retire");
        restore = new Button(
                context.translate("bank.edit.restore"), VaadinIcon.ARROW_BACKWARD.create(), e -> actions.retire(false));
        restore.addClassName("editor-restore");
        for (Button b : new Button[] {duplicate, move, retire, restore}) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        Span keys = new Span(context.translate("bank.edit.keys"));
        keys.addClassName("key-hint");
        Div main = new Div(save, next, preview);
        main.addClassName("editor-main-actions");
        Div more = new Div(duplicate, move, retire, restore);
        more.addClassName("editor-more-actions");
        add(main, more, keys);
        for (KeyModifier mod : new KeyModifier[] {KeyModifier.CONTROL, KeyModifier.META}) {
            Shortcuts.addShortcutListener(keyScope, () -> actions.save(false), Key.KEY_S, mod)
                    .listenOn(keyScope)
                    .resetFocusOnActiveElement();
            Shortcuts.addShortcutListener(keyScope, () -> actions.save(true), Key.ENTER, mod)
                    .listenOn(keyScope)
                    .resetFocusOnActiveElement();
        }
        Shortcuts.addShortcutListener(keyScope, actions::togglePreview, Key.KEY_P, KeyModifier.ALT)
                .listenOn(keyScope)
                .resetFocusOnActiveElement();
    }

    /** Shows the actions of a new question (save only) or of a stored one, retired or not. */
    void show(boolean stored, boolean retired) {
        duplicate.setVisible(stored);
        move.setVisible(stored);
        retire.setVisible(stored && !retired);
        restore.setVisible(stored && retired);
    }
}
