package org.quiztrainer.classroom.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.time.Duration;
import java.time.Instant;
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
import org.quiztrainer.classroom.AttemptView;
import org.quiztrainer.classroom.ClassSummary;
import org.quiztrainer.classroom.Classroom;
import org.quiztrainer.grading.Response;
import org.springframework.beans.factory.annotation.Autowired;

/** An instructor creates a class and an assignment, reads the gradebook, overrides a mark, reads the item analysis. */
class InstructorViewsTest extends KaribuTest {

    @Autowired
    Classroom classroom;

    @Autowired
    AssignmentService assignments;

    @Autowired
    AttemptService attempts;

    @Autowired
    TestClock clock;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-05-04T09:00:00Z"));
    }

    @Test
    void anInstructorCreatesAClassAndAnAssignmentAndClosesJoining() {
        loginAs(classroom.users.create(Role.INSTRUCTOR));
        UI.getCurrent().navigate(ClassesView.class);
        ClassesView classes = _get(ClassesView.class);
        _setValue(classes.name, "Transformer 101");
        _click(classes.create);

        ClassDetailView detail = _get(ClassDetailView.class);
        assertThat(detail.code.getText()).hasSize(8);
        _setValue(detail.joining, false);
        _click(_get(Button.class, spec -> spec.withText("New assignment")));

        AssignmentEditorView editor = _get(AssignmentEditorView.class);
        _click(editor.save);
        assertThat(editor.form.title.isInvalid()).isTrue();
        _setValue(editor.form.title, "第一次测验");
        _setValue(editor.form.questions, Set.of(Classroom.TF, Classroom.SINGLE));
        _setValue(editor.form.timeLimit, 15);
        _click(editor.save);

        detail = _get(ClassDetailView.class);
        assertThat(_size(detail.assignmentGrid)).isEqualTo(1);
        Assignment saved = _get(detail.assignmentGrid, 0);
        assertThat(saved.settings().title()).isEqualTo("第一次测验");
        assertThat(saved.settings().timeLimit()).isEqualTo(Duration.ofMinutes(15));
        UI.getCurrent().navigate(ClassesView.class);
        ClassSummary listed = _get(_get(ClassesView.class).grid, 0);
        assertThat(listed.joiningOpen()).isFalse();
    }

    @Test
    void theGradebookLeadsToAnAttemptWhoseMarkIsOverriddenAndTheItemAnalysisFlagsItems() {
        Classroom.Setup setup = classroom.create(2);
        Assignment quiz = setup.assign(assignments, Classroom.fourQuestions(clock.instant()));
        take(setup.learners().get(0), quiz, new Response.TrueFalse(false), classroom.right(Classroom.SINGLE));
        take(setup.learners().get(1), quiz, new Response.TrueFalse(true), classroom.oneWrong(Classroom.SINGLE));
        loginAs(setup.teacher());

        UI.getCurrent()
                .navigate(
                        GradebookView.class,
                        new RouteParameters(
                                "classId", String.valueOf(setup.cls().id())));
        GradebookView book = _get(GradebookView.class);
        assertThat(_size(book.grid)).isEqualTo(2);
        assertThat(_get(Anchor.class, spec -> spec.withText("Download CSV (opens in Excel)"))
                        .getHref())
                .contains("gradebook-" + setup.cls().id() + ".csv");
        int row = _get(book.grid, 0).learnerId() == setup.learners().get(0).id() ? 0 : 1;
        Span cell = (Span) _getCellComponent(book.grid, row, "assignment-" + quiz.id());
        Button grade = (Button) cell.getChildren().findFirst().orElseThrow();
        assertThat(grade.getText()).isEqualTo("50 %");
        _click(grade);
        _click((Button) _getCellComponent(book.attemptList, 0, "open"));

        _get(AttemptDetailView.class);
        _setValue(_find(NumberField.class).get(0), 50.0);
        _setValue(_find(TextField.class).get(0), "Half right");
        _click(_find(Button.class, spec -> spec.withText("Save")).get(0));
        assertThat(allComponents())
                .anyMatch(c -> c instanceof Paragraph p && p.getText().equals("Score: 37.5 %"));

        UI.getCurrent()
                .navigate(ItemAnalysisView.class, new RouteParameters("assignmentId", String.valueOf(quiz.id())));
        ItemAnalysisView analysis = _get(ItemAnalysisView.class);
        assertThat(_size(analysis.grid)).isEqualTo(4);
        assertThat(_get(analysis.grid, 0).stats().facility())
                .as("(0.5 overridden + 0) / 2")
                .isEqualTo(0.25);
        assertThat(ItemAnalysisView.distribution(_get(analysis.grid, 0), Locale.ENGLISH, b -> b ? "True" : "False"))
                .contains("✓ It is good at understanding text (search, sentiment), not at generating content: 1");
    }

    @Test
    void anotherInstructorIsDeniedTheClass() {
        Classroom.Setup setup = classroom.create(0);
        loginAs(classroom.users.create(Role.INSTRUCTOR));

        UI.getCurrent()
                .navigate(
                        ClassDetailView.class,
                        new RouteParameters(
                                "classId", String.valueOf(setup.cls().id())));

        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(ClassDetailView.class);
    }

    private void take(UserSummary learner, Assignment quiz, Response tf, Response single) {
        TestUsers.login(learner);
        AttemptView v = attempts.start(quiz.id());
        attempts.save(v.id(), Classroom.TF, tf, Duration.ofSeconds(9), null);
        attempts.save(v.id(), Classroom.SINGLE, single, Duration.ofSeconds(9), null);
        attempts.submit(v.id());
    }
}
