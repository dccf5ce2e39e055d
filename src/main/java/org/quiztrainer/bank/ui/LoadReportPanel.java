package org.quiztrainer.bank.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.LoadReport;
import org.quiztrainer.bank.SyncResult;

/** For admins: the report of the last load of the bank, and a button to load it again. */
class LoadReportPanel extends Details {

    private final BankService bank;
    private final Div body = new Div();
    final Button reload = new Button();

    LoadReportPanel(BankService bank, Runnable onReload) {
        this.bank = bank;
        addClassName("load-report");
        setSummaryText(getTranslation("bank.report.title"));
        reload.setText(getTranslation("bank.report.reload"));
        reload.addClickListener(e -> {
            LoadReport report = bank.reload();
            Notification.show(
                    getTranslation(report.isSuccess() ? "bank.report.reloaded" : "bank.report.reload-failed"));
            refresh();
            onReload.run();
        });
        add(body, reload);
        refresh();
    }

    void refresh() {
        body.removeAll();
        bank.lastReport()
                .ifPresentOrElse(this::show, () -> body.add(new Paragraph(getTranslation("bank.report.none"))));
    }

    private void show(LoadReport report) {
        String at = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault())
                .format(report.at());
        if (report.isSuccess()) {
            SyncResult s = report.sync().orElseThrow();
            body.add(new Paragraph(getTranslation(
                    "bank.report.ok",
                    report.questions(),
                    at,
                    s.added().size(),
                    s.changed().size(),
                    s.retired().size(),
                    report.took().toMillis())));
            setOpened(false);
            return;
        }
        body.add(new Paragraph(getTranslation(
                "bank.report.failed", report.path(), report.problems().size(), at)));
        UnorderedList problems = new UnorderedList();
        problems.addClassName("load-problems");
        report.problems().forEach(p -> problems.add(new ListItem(p.toString())));
        body.add(problems);
        setOpened(true);
    }
}
