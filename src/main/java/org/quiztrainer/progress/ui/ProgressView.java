package org.quiztrainer.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quiztrainer.progress.CardStates;
import org.quiztrainer.progress.Dashboard;
import org.quiztrainer.progress.ProgressService;
import org.quiztrainer.progress.Today;
import org.quiztrainer.progress.TypeAccuracy;

/** The learner's dashboard: today, a year of answers, what comes due, retention, mastery, states, leeches. */
@Route("progress")
@Menu(order = 40, icon = "vaadin:chart", title = "nav.progress")
@PermitAll
public class ProgressView extends VerticalLayout implements HasDynamicTitle {

    public ProgressView(ProgressService progress) {
        addClassName("progress-view");
        setMaxWidth("1100px");
        setWidthFull();
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
        Dashboard d = progress.dashboard();
        Anchor study = new Anchor("study", getTranslation("progress.study-now"));
        study.addClassName("progress-study-link");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("progress.title")), study);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.getStyle().set("flex-wrap", "wrap");
        add(header);
        if (d.calendar().isEmpty() && d.summary().reviewsToday() == 0) {
            add(new Paragraph(getTranslation("progress.empty")));
        }
        add(tiles(d.summary()));
        ChartTexts texts = new ChartTexts(this, getLocale(), java.time.ZoneOffset.UTC);
        Div calendar = Labels.section(
                "progress-calendar",
                getTranslation("progress.calendar.title"),
                texts.calendar(
                        chart(
                                "progress-calendar-chart",
                                "190px",
                                ChartOptions.calendar(
                                        d.calendar(),
                                        d.today(),
                                        getLocale(),
                                        getTranslation("progress.calendar.answers"))),
                        d.calendar()));
        calendar.setWidthFull();
        add(calendar);
        add(Labels.flow(
                "320px",
                Labels.section(
                        "progress-forecast",
                        getTranslation("progress.forecast.title"),
                        texts.forecast(
                                chart(
                                        "progress-forecast-chart",
                                        "240px",
                                        ChartOptions.forecast(d.forecast(), getTranslation("progress.forecast.cards"))),
                                d.forecast())),
                Labels.section(
                        "progress-retention",
                        getTranslation("progress.retention.title"),
                        new RetentionTable(d.retention())),
                Labels.section(
                        "progress-states",
                        getTranslation("progress.states.title"),
                        texts.counts(
                                chart("progress-states-chart", "240px", ChartOptions.doughnut(states(d.states()))),
                                "progress.states.summary",
                                getTranslation("progress.states.state"),
                                getTranslation("progress.states.cards"),
                                states(d.states()))),
                Labels.section("progress-accuracy", getTranslation("progress.accuracy.title"), accuracy(d, texts)),
                new LeechList(d.leeches())));
        add(Labels.section("progress-topics", getTranslation("progress.topics.title"), new MasteryPanel(d.topics())));
    }

    private Component tiles(Today t) {
        return Labels.flow(
                "110px",
                Labels.tile("progress-due", String.valueOf(t.due()), getTranslation("progress.today.due")),
                Labels.tile(
                        "progress-learning", String.valueOf(t.learning()), getTranslation("progress.today.learning")),
                Labels.tile("progress-new", String.valueOf(t.newCards()), getTranslation("progress.today.new")),
                Labels.tile(
                        "progress-studied", String.valueOf(t.studiedToday()), getTranslation("progress.today.studied")),
                Labels.tile("progress-streak", String.valueOf(t.streak()), getTranslation("progress.today.streak")));
    }

    private Component accuracy(Dashboard d, ChartTexts texts) {
        if (d.accuracy().isEmpty()) {
            return new Paragraph(getTranslation("progress.accuracy.none"));
        }
        Map<String, java.util.List<Double>> series = new LinkedHashMap<>();
        series.put(
                getTranslation("progress.accuracy.share"),
                d.accuracy().stream().map(TypeAccuracy::rate).toList());
        List<String> types = d.accuracy().stream()
                .map(a -> getTranslation("progress.type." + a.type().code()) + " (" + a.total() + ")")
                .toList();
        Map<String, Double> shares = new LinkedHashMap<>();
        for (int i = 0; i < types.size(); i++) {
            shares.put(types.get(i), d.accuracy().get(i).rate());
        }
        return texts.shares(
                chart(
                        "progress-accuracy-chart",
                        (60 + 32 * d.accuracy().size()) + "px",
                        ChartOptions.shares(types, series)),
                "progress.accuracy.summary",
                getTranslation("progress.accuracy.type"),
                getTranslation("progress.accuracy.share"),
                shares);
    }

    private Map<String, Integer> states(CardStates s) {
        Map<String, Integer> out = new LinkedHashMap<>();
        out.put(getTranslation("progress.state.new"), s.unseen());
        out.put(getTranslation("progress.state.learning"), s.learning());
        out.put(getTranslation("progress.state.review"), s.review());
        out.put(getTranslation("progress.state.relearning"), s.relearning());
        out.put(getTranslation("progress.state.suspended"), s.suspended());
        return out;
    }

    static Chart chart(String className, String height, Map<String, Object> options) {
        Chart chart = new Chart(className, height);
        chart.setOptions(options);
        return chart;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("progress.title");
    }
}
