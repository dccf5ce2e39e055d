package org.quiztrainer.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.quiztrainer.KaribuTest;
import org.quiztrainer.account.Role;
import org.quiztrainer.shell.AccessDeniedView;

/** Learners cannot open the instructor's views, nor instructors the learner's. */
class ClassroomViewAccessTest extends KaribuTest {

    @Test
    void learnersAreDeniedTheInstructorViews() {
        loginAs(users.create(Role.LEARNER));
        for (String path : new String[] {
            "classes",
            "classes/1",
            "classes/1/gradebook",
            "classes/1/assignment",
            "assignments/1/analysis",
            "attempts/1/marks"
        }) {
            UI.getCurrent().navigate(path);
            assertThat(UI.getCurrent().getCurrentView()).as(path).isInstanceOf(AccessDeniedView.class);
        }
        UI.getCurrent().navigate("my-assignments");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MyAssignmentsView.class);
    }

    @Test
    void instructorsAreDeniedTheLearnerViewsAndOtherClasses() {
        loginAs(users.create(Role.INSTRUCTOR));
        for (String path : new String[] {"my-assignments", "assignments/1/take", "attempts/1/review"}) {
            UI.getCurrent().navigate(path);
            assertThat(UI.getCurrent().getCurrentView()).as(path).isInstanceOf(AccessDeniedView.class);
        }
        UI.getCurrent().navigate("classes");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ClassesView.class);
        UI.getCurrent().navigate("classes/999999999999/gradebook");
        assertThat(UI.getCurrent().getCurrentView()).as("a forged id").isInstanceOf(AccessDeniedView.class);
    }
}
