package org.quiztrainer.transfer.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.quiztrainer.transfer.ImportReport;

/** One stored import report: when, who, which file; what it created, updated, left alone and skipped. */
class ReportPanel extends Details {

    ReportPanel(ImportReport r, ZoneId zone, boolean open) {
        addClassName("import-report");
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(zone)
                .format(r.at());
        setSummaryText(getTranslation("import.report.title", when, r.userName(), r.fileName()));
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        Paragraph totals = new Paragraph(getTranslation(
                "import.report.totals", r.questions(), r.created(), r.updated(), r.unchanged(), r.skippedCount()));
        totals.addClassName("import-report-totals");
        body.add(totals, new CountsGrid(r.counts(), true));
        if (r.history().answers() > 0
                || r.history().cardsCreated() + r.history().cardsUpdated() > 0) {
            body.add(new Paragraph(getTranslation(
                    "import.report.history",
                    r.history().answers(),
                    r.history().cardsCreated() + r.history().cardsUpdated(),
                    r.history().dueFromFile())));
        }
        if (!r.skipped().isEmpty()) {
            body.add(Lines.details(this, "import.lines.skipped", r.skipped(), "import-skipped", false));
        }
        if (!r.notes().isEmpty()) {
            body.add(Lines.details(this, "import.lines.notes", r.notes(), "import-notes", false));
        }
        add(body);
        setOpened(open);
    }
}
