package org.quiztrainer.study.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.quiztrainer.study.Workload;
import org.quiztrainer.study.WorkloadPoint;

/**
 * The workload by desired retention: what the simulation is, the chart, the same in one sentence (also the
 * chart's accessible name) and, folded away, every point as a table for screen readers and for reading the
 * exact figures.
 */
class WorkloadSection extends Div {

    final Paragraph note = new Paragraph();
    final WorkloadChart chart = new WorkloadChart();
    final Paragraph summary = new Paragraph();
    final Grid<WorkloadPoint> table = new Grid<>();
    final Details details = new Details();

    private Workload shown;

    WorkloadSection() {
        addClassName("workload-section");
        setWidthFull();
        getStyle().set("min-width", "0");
        summary.addClassName("workload-summary");
        chart.getElement().setAttribute("role", "img");
        table.addClassName("workload-table");
        table.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.setAllRowsVisible(true);
        table.addColumn(p -> WorkloadChart.label(p.retention()) + mark(p))
                .setHeader(getTranslation("memory.workload.axis"))
                .setFlexGrow(1);
        column("memory.workload.reviews", WorkloadPoint::reviewsPerDay);
        column("memory.workload.minutes", WorkloadPoint::minutesPerDay);
        column("memory.workload.memorised", WorkloadPoint::memorised);
        table.addColumn(p -> decimal(p.minutesPerMemorised(shown.days()), 2))
                .setHeader(getTranslation("memory.workload.per-card"))
                .setFlexGrow(1);
        details.setSummaryText(getTranslation("memory.workload.table"));
        details.add(table);
        add(new H3(getTranslation("memory.workload")), note, chart, summary, details);
    }

    void show(Workload w) {
        shown = w;
        note.setText(getTranslation(
                "memory.workload.help", w.deckSize(), w.newPerDay(), WorkloadChart.label(w.suggestedRetention())));
        chart.show(w);
        WorkloadPoint current = at(w, w.currentRetention());
        WorkloadPoint best = at(w, w.suggestedRetention());
        String text = getTranslation(
                "memory.workload.summary",
                WorkloadChart.label(current.retention()),
                decimal(current.reviewsPerDay(), 0),
                decimal(current.minutesPerDay(), 0),
                decimal(current.memorised(), 0),
                WorkloadChart.label(best.retention()),
                decimal(best.reviewsPerDay(), 0),
                decimal(best.memorised(), 0));
        summary.setText(text);
        chart.getElement().setAttribute("aria-label", text);
        table.setItems(w.points());
    }

    /** The point nearest {@code retention} (the learner's own may lie between two hundredths). */
    private static WorkloadPoint at(Workload w, double retention) {
        WorkloadPoint nearest = w.points().get(0);
        for (WorkloadPoint p : w.points()) {
            if (Math.abs(p.retention() - retention) < Math.abs(nearest.retention() - retention)) {
                nearest = p;
            }
        }
        return nearest;
    }

    private String mark(WorkloadPoint p) {
        String out = "";
        if (p == at(shown, shown.currentRetention())) {
            out += " (" + getTranslation("memory.workload.current") + ")";
        }
        if (p == at(shown, shown.suggestedRetention())) {
            out += " (" + getTranslation("memory.workload.suggested") + ")";
        }
        return out;
    }

    private void column(String header, ToDoubleFunction<WorkloadPoint> value) {
        table.addColumn(p -> decimal(value.applyAsDouble(p), 1))
                .setHeader(getTranslation(header))
                .setFlexGrow(1);
    }

    private String decimal(double v, int digits) {
        Locale locale = getLocale() == null ? Locale.ENGLISH : getLocale();
        return Double.isFinite(v) ? String.format(locale, "%,." + digits + "f", v) : "–";
    }
}
