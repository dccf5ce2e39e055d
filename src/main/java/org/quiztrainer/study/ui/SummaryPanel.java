package org.quiztrainer.study.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.quiztrainer.study.SessionSummary;

/** The end of a session: cards done, accuracy, time spent, and what comes due next. */
class SummaryPanel extends Div {

    SummaryPanel(SessionSummary summary, ZoneId zone, Locale locale) {
        addClassName("session-summary");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("tabindex", "-1");
        add(new H2(getTranslation("study.summary.title")));
        Div stats = new Div();
        stats.addClassName("summary-stats");
        stats.add(
                stat("study.summary.done", Integer.toString(summary.answered())),
                stat("study.summary.accuracy", Math.round(summary.accuracy() * 100) + "%"),
                stat("study.summary.time", time(summary.timeSpent())),
                stat("study.summary.tomorrow", Long.toString(summary.dueTomorrow())));
        add(stats);
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone);
        Div next = new Div();
        next.addClassName("summary-next");
        next.setText(summary.nextDue()
                .map(d -> getTranslation("study.summary.next", format.format(d)))
                .orElseGet(() -> getTranslation("study.summary.next-none")));
        add(next);
    }

    private Div stat(String key, String value) {
        Span number = new Span(value);
        number.addClassName("stat-value");
        Span label = new Span(getTranslation(key));
        label.addClassName("stat-label");
        Div box = new Div(number, label);
        box.addClassName("stat");
        return box;
    }

    private String time(Duration d) {
        long minutes = d.toMinutes();
        long seconds = d.toSecondsPart();
        return minutes > 0
                ? getTranslation("study.summary.min-sec", minutes, seconds)
                : getTranslation("study.summary.sec", seconds);
    }
}
