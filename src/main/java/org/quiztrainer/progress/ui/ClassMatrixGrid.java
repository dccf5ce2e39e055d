package org.quiztrainer.progress.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import org.quiztrainer.progress.ClassProgress;
import org.quiztrainer.progress.LearnerProgress;
import org.quiztrainer.progress.TopicMastery;
import org.quiztrainer.shell.ContentLanguage;

/**
 * Learners × topics: each cell the learner's predicted recall now and in 7 days, tinted from red (forgotten)
 * to green (remembered); learners at risk come first, marked with a red badge saying why.
 */
class ClassMatrixGrid extends Grid<LearnerProgress> {

    ClassMatrixGrid(ClassProgress matrix) {
        addClassName("class-matrix-grid");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addComponentColumn(this::learner)
                .setHeader(getTranslation("progress.class.learner"))
                .setWidth("14em")
                .setFlexGrow(0)
                .setFrozen(true);
        addColumn(l -> l.answersWeek())
                .setHeader(getTranslation("progress.class.answers-week"))
                .setWidth("6em")
                .setFlexGrow(0);
        addColumn(l -> ago(l.lastAnswer()))
                .setHeader(getTranslation("progress.class.last"))
                .setWidth("7em")
                .setFlexGrow(0);
        for (int i = 0; i < matrix.topics().size(); i++) {
            int column = i;
            TopicMastery t = matrix.topics().get(i);
            addComponentColumn(
                            l -> cell(l.recallNow().get(column), l.recallWeek().get(column)))
                    .setHeader(t.name().in(getLocale()) + " (" + Labels.percent(t.recallNow()) + ")")
                    .setWidth("8em")
                    .setFlexGrow(0);
        }
        setItems(matrix.learners());
        if (matrix.learners().size() <= 25) {
            setAllRowsVisible(true);
        } else {
            setHeight("560px");
        }
    }

    private Div learner(LearnerProgress l) {
        Div d = new Div(ContentLanguage.mark(new Span(l.displayName()), l.displayName(), getLocale()));
        d.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("gap", "var(--lumo-space-xs)")
                .set("align-items", "center");
        if (l.lowRecall()) {
            d.add(badge(getTranslation("progress.class.risk-recall", Labels.percent(l.assignedRecall()))));
        }
        if (l.inactive()) {
            d.add(badge(getTranslation("progress.class.risk-inactive")));
        }
        return d;
    }

    private static Span badge(String text) {
        Span b = new Span(text);
        b.getElement().getThemeList().add("badge error small");
        b.addClassName("class-risk-badge");
        return b;
    }

    private String ago(Instant last) {
        if (last == null) {
            return getTranslation("progress.class.never");
        }
        long days = Duration.between(last, Instant.now()).toDays();
        return getTranslation("progress.class.days-ago", days);
    }

    private static Span cell(double now, double week) {
        Span s = new Span(Labels.percent(now) + " → " + Labels.percent(week));
        double hue = 120 * Math.max(0, Math.min(1, now));
        s.getStyle()
                .set("background", "hsla(" + Math.round(hue) + ", 70%, 45%, 0.25)")
                .set("display", "block")
                .set("padding", "0 var(--lumo-space-xs)")
                .set("border-radius", "var(--lumo-border-radius-s)");
        return s;
    }
}
