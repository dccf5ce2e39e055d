package org.quiztrainer.transfer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.quiztrainer.transfer.HistoryPreview;
import org.quiztrainer.transfer.ImportPreview;

/**
 * The preview of an import, before anything is written: what the file was read as and where it goes, per type
 * how many questions are created, updated or left unchanged, the review history, every problem (open), what is
 * skipped and what is imported differently; Confirm (only without problems) and Cancel.
 */
class PreviewPanel extends VerticalLayout {

    final Button confirm = new Button();
    final Button cancel = new Button();
    final Paragraph totals = new Paragraph();

    PreviewPanel(ImportPreview p, String formatName, Runnable onConfirm, Runnable onCancel) {
        addClassName("import-preview");
        setPadding(false);
        add(new H3(getTranslation("import.preview.title")));
        String into = p.bankId() == null
                ? getTranslation("import.preview.into-new", p.bankTitle())
                : getTranslation("import.preview.into", p.bankTitle());
        Paragraph file = new Paragraph(
                p.format() == null
                        ? getTranslation("import.preview.file-unread", p.fileName())
                        : getTranslation("import.preview.file", p.fileName(), formatName, into));
        file.addClassName("import-file");
        add(file);
        if (!p.problems().isEmpty()) {
            Div intro = new Div(
                    getTranslation("import.preview.problems", p.problems().size()));
            intro.addClassName("import-problems-intro");
            add(intro, Lines.details(this, "import.lines.problems", p.problems(), "import-problems", true));
        }
        if (p.planned()) {
            totals.setText(
                    getTranslation("import.preview.totals", p.questions(), p.created(), p.updated(), p.unchanged()));
            totals.addClassName("import-totals");
            add(totals, new CountsGrid(p.counts(), false));
            history(p.history());
        }
        if (!p.skipped().isEmpty()) {
            add(Lines.details(this, "import.lines.skipped", p.skipped(), "import-skipped", false));
        }
        if (!p.notes().isEmpty()) {
            add(Lines.details(this, "import.lines.notes", p.notes(), "import-notes", false));
        }
        confirm.setText(getTranslation("import.confirm", p.questions()));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(p.canConfirm());
        confirm.addClickListener(e -> onConfirm.run());
        cancel.setText(getTranslation("import.cancel"));
        cancel.addClickListener(e -> onCancel.run());
        add(new HorizontalLayout(confirm, cancel));
    }

    private void history(HistoryPreview h) {
        if (h.cards() == 0) {
            return;
        }
        String text;
        if (h.imported()) {
            text = getTranslation("import.preview.history", h.cards(), h.answers());
        } else if (!h.allowed()) {
            text = getTranslation("import.preview.history.not-own", h.cards());
        } else {
            text = getTranslation("import.preview.history.off", h.cards());
        }
        Paragraph p = new Paragraph(text);
        p.addClassName("import-history");
        add(p);
        if (h.imported() && h.leftOut() > 0) {
            add(new Paragraph(getTranslation("import.preview.history.left-out", h.leftOut())));
        }
    }
}
