package org.quiztrainer.bank.ui.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Tells the author that someone else saved the question after they opened it: nothing was overwritten, the form now
 * shows the newer version, and what they had typed is here to copy.
 */
class ConflictDialog extends Dialog {

    final TextArea yours = new TextArea();

    ConflictDialog(EditorContext context, String typed, int revision) {
        addClassName("conflict-dialog");
        setHeaderTitle(context.t("bank.conflict.title"));
        Paragraph text = new Paragraph(context.t("bank.conflict.text", revision));
        text.addClassName("conflict-text");
        yours.setLabel(context.t("bank.conflict.yours"));
        yours.setValue(typed);
        yours.setReadOnly(true);
        yours.setWidthFull();
        yours.setMaxHeight("20em");
        add(text, yours);
        Button ok = new Button(context.t("bank.conflict.ok"), e -> close());
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(ok);
    }
}
