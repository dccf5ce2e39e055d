package org.quiztrainer.bank.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.BiConsumer;
import org.quiztrainer.bank.BankTagService;
import org.quiztrainer.bank.DraftsRefusedException;

/**
 * The tags of a bank with how many questions carry each; renaming one changes it on all of them (to a tag already
 * there, the two merge), removing one takes it off all of them.
 */
class TagsPanel extends Div {

    final Grid<BankTagService.TagCount> grid = new Grid<>();
    private final BankTagService tags;
    private final BiConsumer<String, Boolean> notify;
    private long bankId;

    TagsPanel(BankTagService tags, BiConsumer<String, Boolean> notify) {
        this.tags = tags;
        this.notify = notify;
        addClassName("tags-section");
        Paragraph hint = new Paragraph(getTranslation("bank.tags.hint"));
        hint.addClassName("field-hint");
        grid.addColumn(BankTagService.TagCount::tag)
                .setHeader(getTranslation("bank.tags.tag"))
                .setFlexGrow(2);
        grid.addColumn(BankTagService.TagCount::questions)
                .setHeader(getTranslation("bank.tags.questions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.addClassName("tag-grid");
        grid.setAriaLabel(getTranslation("bank.tags"));
        add(new H2(getTranslation("bank.tags")), hint, grid);
    }

    void show(long bank) {
        this.bankId = bank;
        grid.setItems(tags.tags(bank));
    }

    private Div actions(BankTagService.TagCount t) {
        Button rename = new Button(getTranslation("bank.tags.rename"), e -> rename(t.tag()));
        rename.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        rename.setAriaLabel(getTranslation("bank.tags.rename-of", t.tag()));
        rename.addClassName("tag-rename");
        Button remove = new Button(getTranslation("bank.tags.remove"), e -> remove(t));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("bank.tags.remove-of", t.tag()));
        remove.addClassName("tag-remove");
        return new Div(rename, remove);
    }

    void rename(String tag) {
        Dialog dialog = new Dialog();
        dialog.addClassName("tag-dialog");
        dialog.setHeaderTitle(getTranslation("bank.tags.rename-of", tag));
        TextField name = new TextField(getTranslation("bank.tags.new-name"));
        name.setValue(tag);
        name.setWidthFull();
        name.setManualValidation(true);
        name.addClassName("tag-new-name");
        Button save = new Button(getTranslation("bank.tags.rename"), e -> {
            if (name.getValue().isBlank()) {
                name.setErrorMessage(getTranslation("bank.tags.name-required"));
                name.setInvalid(true);
                return;
            }
            if (apply(tag, name.getValue(), name)) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("tag-save");
        dialog.add(name);
        dialog.getFooter().add(new Button(getTranslation("bank.edit.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void remove(BankTagService.TagCount t) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("bank.tags.remove-of", t.tag()));
        confirm.setText(getTranslation("bank.tags.remove-text", t.questions()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("bank.edit.cancel"));
        confirm.setConfirmText(getTranslation("bank.tags.remove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> apply(t.tag(), "", null));
        confirm.open();
    }

    /** Renames (or removes, to "") a tag; a refused name is shown on {@code field}. */
    boolean apply(String from, String to, TextField field) {
        try {
            int changed = tags.rename(bankId, from, to);
            notify.accept(getTranslation("bank.tags.changed", changed), false);
            show(bankId);
            return true;
        } catch (DraftsRefusedException e) {
            String message = getTranslation("bank.tags.invalid", to);
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                notify.accept(message, true);
            }
            return false;
        }
    }
}
