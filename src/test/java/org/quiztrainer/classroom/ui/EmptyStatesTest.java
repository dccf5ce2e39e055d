package org.quiztrainer.classroom.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quiztrainer.KaribuTest;
import org.quiztrainer.account.Role;
import org.quiztrainer.classroom.Assignment;
import org.quiztrainer.classroom.AssignmentService;
import org.quiztrainer.classroom.Classroom;
import org.quiztrainer.shell.EmptyState;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A new instructor's pages before there is anything to show: each says what is missing and what to do
 * next (with the join code where learners are missing) instead of an empty grid.
 */
class EmptyStatesTest extends KaribuTest {

    @Autowired
    Classroom classroom;

    @Autowired
    AssignmentService assignments;

    @Test
    void aNewInstructorIsToldToCreateAClassThenToAddAssignmentsAndLearners() {
        loginAs(classroom.users.create(Role.INSTRUCTOR));
        UI.getCurrent().navigate(ClassesView.class);
        ClassesView classes = _get(ClassesView.class);
        assertThat(messages()).singleElement().asString().contains("Create class");
        assertThat(_find(Grid.class)).isEmpty();

        _setValue(classes.name, "Attention 101");
        _click(classes.create);

        ClassDetailView detail = _get(ClassDetailView.class);
        String code = detail.code.getText();
        assertThat(messages())
                .containsExactly(
                        "No assignments yet. Press New assignment to set the first quiz.",
                        "No learners yet. Give them the join code " + code + ": they enter it under My assignments.");
    }

    @Test
    void theGradebookItemAnalysisAndClassMatrixSayWhatTheyWaitFor() {
        Classroom.Setup setup = classroom.create(0);
        loginAs(setup.teacher());
        RouteParameters cls =
                new RouteParameters("classId", String.valueOf(setup.cls().id()));

        UI.getCurrent().navigate(GradebookView.class, cls);
        assertThat(messages()).singleElement().asString().startsWith("No learners in this class yet");

        UI.getCurrent().navigate("progress/classes/" + setup.cls().id());
        assertThat(messages()).singleElement().asString().contains(setup.cls().joinCode());

        Assignment quiz = setup.assign(assignments, Classroom.fourQuestions(java.time.Instant.now()));
        UI.getCurrent()
                .navigate(ItemAnalysisView.class, new RouteParameters("assignmentId", String.valueOf(quiz.id())));
        assertThat(messages()).singleElement().asString().startsWith("No attempt has been submitted yet");
    }

    private static List<String> messages() {
        return _find(EmptyState.class).stream()
                .map(e -> e.getElement().getTextRecursively())
                .toList();
    }
}
