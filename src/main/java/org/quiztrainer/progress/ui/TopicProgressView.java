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
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.progress.ProgressService;
import org.quiztrainer.progress.QuestionRecall;
import org.quiztrainer.progress.TopicMastery;
import org.quiztrainer.progress.TopicProgress;
import org.quiztrainer.shell.ContentLanguage;
import org.quiztrainer.srs.State;

/** One topic: its mastery and its questions, weakest first, with a link to study the topic. */
@Route("progress/topic/:topicId")
@PermitAll
public class TopicProgressView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProgressService progress;
    private String title = "";

    public TopicProgressView(ProgressService progress) {
        this.progress = progress;
        addClassName("topic-progress-view");
        setMaxWidth("1100px");
        setWidthFull();
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
    }

    /** The address of a topic's page. */
    public static RouteParameters params(String topicId) {
        return new RouteParameters(new RouteParam("topicId", topicId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String topicId = event.getRouteParameters().get("topicId").orElse("");
        TopicProgress topic;
        try {
            topic = progress.topic(topicId);
        } catch (InvalidInputException e) {
            title = getTranslation("progress.error.no-topic");
            add(new H2(title), new Anchor("progress", getTranslation("progress.back")));
            return;
        }
        TopicMastery m = topic.mastery();
        title = m.name().in(getLocale());
        add(new Anchor("progress", getTranslation("progress.back")), new H2(title));
        add(Labels.flow(
                "110px",
                Labels.tile(
                        "topic-questions", String.valueOf(m.questions()), getTranslation("progress.topic.questions")),
                Labels.tile("topic-learned", String.valueOf(m.learned()), getTranslation("progress.topics.learned")),
                Labels.tile("topic-now", Labels.percent(m.recallNow()), getTranslation("progress.recall.now")),
                Labels.tile("topic-week", Labels.percent(m.recallWeek()), getTranslation("progress.recall.week"))));
        Anchor study = new Anchor(
                "study?topic=" + URLEncoder.encode(m.topicId(), StandardCharsets.UTF_8),
                getTranslation("progress.topic.study"));
        study.addClassName("topic-study-link");
        add(study, new Paragraph(getTranslation("progress.topic.weakest")), questions(topic));
    }

    private Grid<QuestionRecall> questions(TopicProgress topic) {
        Grid<QuestionRecall> grid = new Grid<>();
        grid.addClassName("topic-question-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(q -> ContentLanguage.mark(
                        new Anchor(
                                "progress/question/" + q.questionId(), q.text().in(getLocale())),
                        q.text().in(getLocale()),
                        getLocale()))
                .setHeader(getTranslation("progress.question.title"))
                .setWidth("8em")
                .setFlexGrow(4);
        grid.addColumn(q -> getTranslation("progress.state." + state(q)))
                .setHeader(getTranslation("progress.state"))
                .setWidth("4.5em")
                .setFlexGrow(1);
        grid.addColumn(q -> q.state() == State.NEW ? "–" : Labels.percent(q.recallNow()))
                .setHeader(getTranslation("progress.recall.now-short"))
                .setWidth("4em")
                .setFlexGrow(1);
        grid.addColumn(q -> q.state() == State.NEW ? "–" : Labels.percent(q.recallWeek()))
                .setHeader(getTranslation("progress.recall.week-short"))
                .setWidth("4em")
                .setFlexGrow(1);
        grid.setItems(topic.questions());
        grid.setAllRowsVisible(true);
        return grid;
    }

    static String state(QuestionRecall q) {
        return q.leech() ? "suspended" : q.state().name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
