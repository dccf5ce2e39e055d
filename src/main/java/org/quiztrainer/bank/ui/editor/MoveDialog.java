package org.quiztrainer.bank.ui.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Locale;
import java.util.function.Consumer;
import org.quiztrainer.bank.Topic;
import org.quiztrainer.bank.ui.TopicTree;

/** Moves a question (a cloze note with all its cards) to another topic of its bank, or to its top level. */
class MoveDialog extends Dialog {

    final ComboBox<Topic> to = new ComboBox<>();
    final Button move;

    MoveDialog(EditorContext context, TopicTree topics, Locale locale, Topic current, Consumer<Topic> action) {
        addClassName("move-dialog");
        setHeaderTitle(context.t("bank.move.title"));
        to.setLabel(context.t("bank.move.to"));
        to.setItems(topics.inOrder());
        to.setItemLabelGenerator(t -> topics.path(t, locale));
        to.setPlaceholder(context.t("bank.edit.top-level"));
        to.setClearButtonVisible(true);
        to.setValue(current);
        to.setWidthFull();
        add(to);
        move = new Button(context.t("bank.edit.move"), e -> {
            action.accept(to.getValue());
            close();
        });
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        move.addClassName("move-confirm");
        getFooter().add(new Button(context.t("bank.edit.cancel"), e -> close()), move);
    }
}
