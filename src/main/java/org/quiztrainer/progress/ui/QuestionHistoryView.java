package org.quiztrainer.progress.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.progress.ProgressService;
import org.quiztrainer.progress.QuestionHistory;
import org.quiztrainer.progress.QuestionRecall;
import org.quiztrainer.progress.ReviewEntry;
import org.quiztrainer.shell.ContentLanguage;
import org.quiztrainer.study.StudySettingsService;

/** One question: every answer, and its stability, difficulty and predicted recall over time. */
@Route("progress/question/:questionId")
@PermitAll
public class QuestionHistoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProgressService progress;
    private final StudySettingsService settings;
    private String title = "";

    public QuestionHistoryView(ProgressService progress, StudySettingsService settings) {
        this.progress = progress;
        this.settings = settings;
        addClassName("question-history-view");
        setMaxWidth("1100px");
        setWidthFull();
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        QuestionHistory h;
        try {
            h = progress.question(event.getRouteParameters().get("questionId").orElse(""));
        } catch (InvalidInputException e) {
            title = getTranslation("progress.error.no-question");
            add(new H2(title), new Anchor("progress", getTranslation("progress.back")));
            return;
        }
        QuestionRecall q = h.question();
        title = getTranslation("progress.question.title");
        add(
                new Anchor("progress/topic/" + q.topicId(), getTranslation("progress.question.topic")),
                new H2(title),
                ContentLanguage.mark(
                        new Paragraph(q.text().in(getLocale())), q.text().in(getLocale()), getLocale()));
        add(Labels.flow(
                "110px",
                Labels.tile(
                        "question-state",
                        getTranslation("progress.state." + TopicProgressView.state(q)),
                        getTranslation("progress.state")),
                Labels.tile("question-now", Labels.percent(q.recallNow()), getTranslation("progress.recall.now")),
                Labels.tile("question-week", Labels.percent(q.recallWeek()), getTranslation("progress.recall.week")),
                Labels.tile(
                        "question-lapses", String.valueOf(q.lapses()), getTranslation("progress.question.lapses"))));
        if (h.reviews().isEmpty()) {
            add(new Paragraph(getTranslation("progress.question.never")));
            return;
        }
        ChartTexts texts = new ChartTexts(this, getLocale(), settings.mine().zone());
        add(Labels.flow(
                "320px",
                Labels.section(
                        "question-recall",
                        getTranslation("progress.question.recall"),
                        texts.recall(
                                ProgressView.chart(
                                        "question-recall-chart",
                                        "240px",
                                        ChartOptions.recall(h.curve(), getTranslation("progress.recall.predicted"))),
                                h.curve())),
                Labels.section(
                        "question-memory",
                        getTranslation("progress.question.memory"),
                        texts.memory(
                                ProgressView.chart(
                                        "question-memory-chart",
                                        "240px",
                                        ChartOptions.memory(
                                                h.reviews(),
                                                getTranslation("progress.question.stability"),
                                                getTranslation("progress.question.difficulty"))),
                                h.reviews()))));
        add(history(h));
    }

    private Grid<ReviewEntry> history(QuestionHistory h) {
        ZoneId zone = settings.mine().zone();
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(zone);
        Grid<ReviewEntry> grid = new Grid<>();
        grid.addClassName("question-history-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> time.format(r.at()))
                .setHeader(getTranslation("progress.history.time"))
                .setWidth("7em")
                .setFlexGrow(2);
        grid.addColumn(r -> getTranslation("progress.rating." + r.rating()))
                .setHeader(getTranslation("progress.history.rating"))
                .setWidth("4em")
                .setFlexGrow(1);
        grid.addColumn(r ->
                        getTranslation("progress.source." + r.source().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("progress.history.source"))
                .setWidth("4em")
                .setFlexGrow(1);
        grid.addColumn(r -> getTranslation("progress.history.days", r.intervalDays()))
                .setHeader(getTranslation("progress.history.interval"))
                .setWidth("4.5em")
                .setFlexGrow(1);
        java.util.List<ReviewEntry> newestFirst = new java.util.ArrayList<>(h.reviews());
        java.util.Collections.reverse(newestFirst);
        grid.setItems(newestFirst);
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
