package org.quiztrainer.classroom.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
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
import org.quiztrainer.classroom.AttemptService;
import org.quiztrainer.classroom.ClassService;
import org.quiztrainer.classroom.Classroom;
import org.quiztrainer.shell.ErrorView;
import org.quiztrainer.shell.NotFoundView;
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
    AttemptService attempts;

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

    @Test
    void aMissingOrForeignAttemptIdIsNotFoundAndAMalformedOneMatchesNoRoute() {
        UserSummary learner = join();
        TestUsers.login(learner);
        long theirs = attempts.start(quiz.id()).id();
        loginAs(classroom.users.create(Role.LEARNER));
        UI.getCurrent().navigate(MyAssignmentsView.class);
        for (String path : new String[] {
            "attempts/999999999/review", "attempts/" + theirs + "/review", "assignments/999999999/take"
        }) {
            UI.getCurrent().navigate(path);
            assertThat(UI.getCurrent().getCurrentView()).as(path).isInstanceOf(NotFoundView.class);
        }
        for (String path :
                new String[] {"attempts/abc/review", "attempts/" + "9".repeat(25) + "/review", "assignments/abc/take"
                }) {
            UI.getCurrent().navigate(path);
            assertThat(UI.getCurrent().getCurrentView())
                    .as(path + ": no route takes it (the browser shows the not-found page, see QuizProbeJourneyIT)")
                    .isNotInstanceOfAny(ErrorView.class, AttemptReviewView.class, TakeAttemptView.class);
        }
    }

    @Test
    void theReviewOfAnAttemptStillInProgressSaysSoAndOffersToContinueIt() {
        UserSummary learner = join();
        TestUsers.login(learner);
        long id = attempts.start(quiz.id()).id();

        UI.getCurrent().navigate("attempts/" + id + "/review");

        String page = _get(AttemptReviewView.class).getElement().getTextRecursively();
        assertThat(page).contains("still in progress").doesNotContain("was submitted");
        RouterLink resume = _get(RouterLink.class, spec -> spec.withText("Continue the attempt"));
        UI.getCurrent().navigate(resume.getHref());
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(TakeAttemptView.class);
    }

    @Test
    void anAnswerGivenInAnotherWindowIsShownNotOverwrittenAndTheLearnerIsTold() {
        UserSummary learner = join();
        UI.getCurrent().navigate(TakeAttemptView.class, new RouteParameters("assignmentId", String.valueOf(quiz.id())));
        TakeAttemptView take = _get(TakeAttemptView.class);
        TestUsers.login(learner);
        long id = attempts.attempt(attempts.start(quiz.id()).id()).id();
        attempts.save(
                id, Classroom.TF, new org.quiztrainer.grading.Response.TrueFalse(true), Duration.ofSeconds(5), null);

        _setValue(_find(RadioButtonGroup.class).get(1), false);

        expectNotifications(
                "This question was answered in another window meanwhile: the answers saved there are shown now. "
                        + "Yours was not saved; answer again to replace it.");
        assertThat(_find(RadioButtonGroup.class).get(1).getValue())
                .as("the other window's answer")
                .isEqualTo(true);
        assertThat(take.progress.getText()).isEqualTo("1 of 4 answered");

        _setValue(_find(RadioButtonGroup.class).get(1), false);
        assertThat(attempts.attempt(id).items().stream()
                        .filter(i -> i.questionId().equals(Classroom.TF))
                        .findFirst()
                        .orElseThrow()
                        .saved())
                .as("answering again replaces it")
                .isEqualTo(new org.quiztrainer.grading.Response.TrueFalse(false));
    }

    @Test
    void aWindowWhoseAttemptWasSubmittedElsewhereSaysSoAndNotThatTimeIsUp() {
        UserSummary learner = join();
        UI.getCurrent().navigate(TakeAttemptView.class, new RouteParameters("assignmentId", String.valueOf(quiz.id())));
        TestUsers.login(learner);
        attempts.submit(attempts.start(quiz.id()).id());

        _setValue(_find(RadioButtonGroup.class).get(1), false);

        expectNotifications("This attempt was already submitted in another window; your answer was not saved.");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AttemptReviewView.class);
    }

    private UserSummary join() {
        UserSummary learner = classroom.users.create(Role.LEARNER);
        TestUsers.login(learner);
        classes.join(setup.cls().joinCode());
        loginAs(learner);
        return learner;
    }
}
