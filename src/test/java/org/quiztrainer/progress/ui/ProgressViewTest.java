package org.quiztrainer.progress.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.KaribuTest;
import org.quiztrainer.TestClock;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.Role;
import org.quiztrainer.account.UserSummary;
import org.quiztrainer.shell.Chart;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.study.AnswerCommand;
import org.quiztrainer.study.ReviewSource;
import org.quiztrainer.study.StudyItem;
import org.quiztrainer.study.StudyScope;
import org.quiztrainer.study.StudyService;
import org.springframework.beans.factory.annotation.Autowired;

/** The learner's dashboards in a mocked browser, after two days of study. */
class ProgressViewTest extends KaribuTest {

    @Autowired
    StudyService study;

    @Autowired
    TestClock clock;

    String first;

    @BeforeEach
    void twoDaysOfStudy() {
        clock.set(Instant.parse("2026-03-02T10:00:00Z"));
        UserSummary me = users.create(Role.LEARNER);
        TestUsers.login(me);
        StudyScope rnn = new StudyScope(Set.of("rnn"), Set.of());
        first = answer(study.next(rnn).orElseThrow(), Rating.GOOD);
        answer(study.next(rnn).orElseThrow(), Rating.EASY);
        clock.set(Instant.parse("2026-03-03T10:00:00Z"));
        answer(study.item(first).orElseThrow(), Rating.GOOD);
        loginAs(me);
    }

    String answer(StudyItem item, Rating rating) {
        study.answer(new AnswerCommand(
                item.questionId(),
                item.cardVersion(),
                item.requestId(),
                rating,
                Optional.empty(),
                Duration.ofSeconds(4),
                ReviewSource.STUDY));
        return item.questionId();
    }

    static String tile(String className) {
        return _get(Div.class, spec -> spec.withClasses("progress-tile " + className))
                .getElement()
                .getChild(0)
                .getText();
    }

    static String chart(String className) {
        return _get(Chart.class, spec -> spec.withClasses(className)).getOptions();
    }

    @Test
    void theDashboardShowsTodayAndDrawsEveryChart() {
        UI.getCurrent().navigate("progress");
        _get(ProgressView.class);
        assertThat(tile("progress-streak")).isEqualTo("2");
        assertThat(tile("progress-studied")).isEqualTo("1");
        assertThat(chart("progress-calendar-chart"))
                .contains("\"heatmap\"")
                .contains("[\"2026-03-02\",2]")
                .contains("[\"2026-03-03\",1]");
        assertThat(chart("progress-forecast-chart")).contains("\"bar\"");
        assertThat(chart("progress-states-chart")).contains("Not seen yet");
        assertThat(chart("progress-accuracy-chart")).contains("\"qtPercent\":true");
        assertThat(chart("progress-mastery-chart")).contains("Recall now").contains("In 7 days");
        assertThat(_size(_get(RetentionTable.class))).isEqualTo(3);
        assertThat(_size(_get(Grid.class, spec -> spec.withClasses("progress-topic-table"))))
                .isGreaterThan(3);
    }

    @Test
    void theTopicPageListsItsQuestionsAndLinksToStudyThem() {
        UI.getCurrent().navigate("progress/topic/rnn");
        _get(TopicProgressView.class);
        assertThat(_get(Anchor.class, spec -> spec.withClasses("topic-study-link"))
                        .getHref())
                .isEqualTo("study?topic=rnn");
        assertThat(tile("topic-learned")).isEqualTo("2");
        Grid<?> questions = _get(Grid.class, spec -> spec.withClasses("topic-question-table"));
        assertThat(_size(questions)).isEqualTo(Integer.parseInt(tile("topic-questions")));
    }

    @Test
    void theQuestionPageShowsEachAnswerAndTheMemoryCharts() {
        UI.getCurrent().navigate("progress/question/" + first);
        _get(QuestionHistoryView.class);
        assertThat(_size(_get(Grid.class, spec -> spec.withClasses("question-history-table"))))
                .isEqualTo(2);
        assertThat(chart("question-recall-chart")).contains("\"line\"");
        assertThat(chart("question-memory-chart")).contains("Stability (days)").contains("Difficulty");
    }

    @Test
    void anUnknownTopicOrQuestionSaysSoInsteadOfFailing() {
        UI.getCurrent().navigate("progress/topic/no-such-topic");
        assertThat(_find(TopicProgressView.class).get(0).getElement().getText()).isEmpty();
        assertThat(_get(TopicProgressView.class).getPageTitle()).isEqualTo("There is no such topic.");
        UI.getCurrent().navigate("progress/question/no.such");
        assertThat(_get(QuestionHistoryView.class).getPageTitle()).isEqualTo("There is no such question.");
    }
}
