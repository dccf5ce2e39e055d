package org.quiztrainer.classroom.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.KaribuTest;
import org.quiztrainer.TestClock;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.Role;
import org.quiztrainer.account.UserSummary;
import org.quiztrainer.classroom.Assignment;
import org.quiztrainer.classroom.AssignmentService;
import org.quiztrainer.classroom.ClassService;
import org.quiztrainer.classroom.Classroom;
import org.springframework.beans.factory.annotation.Autowired;

/** A learner joins a class, takes an assignment through a reload, submits and reviews it. */
class LearnerViewsTest extends KaribuTest {

    @Autowired
    Classroom classroom;

    @Autowired
    AssignmentService assignments;

    @Autowired
    ClassService classes;

    @Autowired
    TestClock clock;

    Classroom.Setup setup;
    Assignment quiz;
    Instant now;

    @BeforeEach
    void setUp() {
        now = Instant.parse("2026-05-04T09:00:00Z");
        clock.set(now);
        setup = classroom.create(0);
        quiz = setup.assign(assignments, Classroom.fourQuestions(now).withTimeLimit(Duration.ofMinutes(10)));
    }

    @Test
    void aLearnerJoinsWithTheCodeAndSeesTheAssignmentWithItsDeadline() {
        UserSummary learner = classroom.users.create(Role.LEARNER);
        loginAs(learner);
        UI.getCurrent().navigate(MyAssignmentsView.class);
        MyAssignmentsView view = _get(MyAssignmentsView.class);

        _setValue(view.code, "nope1234");
        _click(view.join);
        assertThat(view.code.isInvalid()).isTrue();
        _setValue(view.code, setup.cls().joinCode().toLowerCase(Locale.ROOT));
        _click(view.join);

        assertThat(view.code.isInvalid()).isFalse();
        assertThat(_find(Button.class, spec -> spec.withText("Start"))).hasSize(1);
        assertThat(allComponents())
                .anyMatch(c -> c instanceof Span s && s.getText().equals("Open"));
    }

    @Test
    void answersSurviveAReloadAndTheSubmittedAttemptIsReviewed() {
        join();
        UI.getCurrent().navigate(MyAssignmentsView.class);
        _click(_get(Button.class, spec -> spec.withText("Start")));
        TakeAttemptView take = _get(TakeAttemptView.class);
        assertThat(take.timer.getText()).isEqualTo("Time left 10:00");

        List<RadioButtonGroup> radios = _find(RadioButtonGroup.class);
        _setValue(radios.get(0), classroom.correct(Classroom.SINGLE).get(0));
        _setValue(radios.get(1), false);
        _setValue(_get(CheckboxGroup.class), Set.copyOf(classroom.correct(Classroom.MULTI)));
        assertThat(take.progress.getText()).isEqualTo("3 of 4 answered");
        assertThat(allComponents())
                .anyMatch(c -> c instanceof Span s && s.getText().equals("Right"));

        clock.advance(Duration.ofMinutes(3));
        reload();
        UI.getCurrent().navigate(TakeAttemptView.class, new RouteParameters("assignmentId", String.valueOf(quiz.id())));
        take = _get(TakeAttemptView.class);
        assertThat(take.timer.getText()).isEqualTo("Time left 7:00");
        assertThat(take.progress.getText()).isEqualTo("3 of 4 answered");
        assertThat(_find(RadioButtonGroup.class).get(1).getValue()).isEqualTo(false);
        _setValue(_get(TextField.class), "大语言模型");

        _click(take.submit);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AttemptReviewView.class);
        assertThat(allComponents())
                .anyMatch(c -> c instanceof Span s && s.getText().equals("Score: 100 %"));
    }

    @Test
    void atTheDeadlineTheTimerSendsTheLearnerToTheReviewOfWhatWasSaved() {
        join();
        UI.getCurrent().navigate(TakeAttemptView.class, new RouteParameters("assignmentId", String.valueOf(quiz.id())));
        TakeAttemptView take = _get(TakeAttemptView.class);
        _setValue(_find(RadioButtonGroup.class).get(1), false);

        clock.advance(Duration.ofMinutes(10));
        take.tick();

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AttemptReviewView.class);
        assertThat(allComponents())
                .anyMatch(c -> c instanceof Span s && s.getText().equals("Score: 25 %"));
    }

    @Test
    void anExtensionGrantedDuringTheAttemptMovesTheCountdownOn() {
        Assignment open = setup.assign(assignments, Classroom.fourQuestions(now));
        UserSummary learner = join();
        UI.getCurrent().navigate(TakeAttemptView.class, new RouteParameters("assignmentId", String.valueOf(open.id())));
        TakeAttemptView take = _get(TakeAttemptView.class);
        assertThat(take.timer.getText()).isEqualTo("Time left 1:00:00");
        TestUsers.login(setup.teacher());
        assignments.extend(open.id(), learner.id(), now.plus(Duration.ofHours(2)), null);
        TestUsers.login(learner);

        clock.advance(Duration.ofHours(1));
        take.tick();

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(TakeAttemptView.class);
        take.tick();
        assertThat(take.timer.getText()).isEqualTo("Time left 1:00:00");
    }

    private UserSummary join() {
        UserSummary learner = classroom.users.create(Role.LEARNER);
        TestUsers.login(learner);
        classes.join(setup.cls().joinCode());
        loginAs(learner);
        return learner;
    }
}
