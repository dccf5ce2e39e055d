package org.quiztrainer.progress.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quiztrainer.progress.TopicMastery;

/** Mastery per topic: predicted recall now and in 7 days as bars, and a table linking to each topic. */
class MasteryPanel extends Div {

    MasteryPanel(List<TopicMastery> topics) {
        addClassName("progress-mastery");
        setWidthFull();
        add(new Paragraph(getTranslation("progress.topics.help")));
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put(
                getTranslation("progress.recall.now"),
                topics.stream().map(TopicMastery::recallNow).toList());
        series.put(
                getTranslation("progress.recall.week"),
                topics.stream().map(TopicMastery::recallWeek).toList());
        add(new ChartFigure(
                ProgressView.chart(
                        "progress-mastery-chart",
                        (70 + 44 * topics.size()) + "px",
                        ChartOptions.shares(topics.stream().map(this::name).toList(), series)),
                getTranslation("progress.topics.summary"),
                List.of(),
                List.of()));
        Grid<TopicMastery> table = new Grid<>();
        table.addClassName("progress-topic-table");
        table.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.addComponentColumn(this::link)
                .setHeader(getTranslation("progress.topics.topic"))
                .setFlexGrow(3);
        table.addColumn(t -> t.learned() + "/" + t.questions())
                .setHeader(getTranslation("progress.topics.learned"))
                .setWidth("5.5em")
                .setFlexGrow(0);
        table.addColumn(t -> Labels.percent(t.recallNow()))
                .setHeader(getTranslation("progress.recall.now-short"))
                .setWidth("4.5em")
                .setFlexGrow(0);
        table.addColumn(t -> Labels.percent(t.recallWeek()))
                .setHeader(getTranslation("progress.recall.week-short"))
                .setWidth("4.5em")
                .setFlexGrow(0);
        table.setItems(topics);
        table.setAllRowsVisible(true);
        add(table);
    }

    private String name(TopicMastery t) {
        return t.name().in(getLocale());
    }

    private Anchor link(TopicMastery t) {
        Anchor a = new Anchor("progress/topic/" + t.topicId(), name(t));
        a.getStyle().set("padding-left", "calc(" + t.depth() + " * var(--lumo-space-m))");
        return a;
    }
}
