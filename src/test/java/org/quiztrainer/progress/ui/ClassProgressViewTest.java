package org.quiztrainer.progress.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.quiztrainer.KaribuTest;
import org.quiztrainer.classroom.Classroom;
import org.springframework.beans.factory.annotation.Autowired;

/** The class view for the class's instructor, and the refusal for a learner. */
class ClassProgressViewTest extends KaribuTest {

    @Autowired
    Classroom classroom;

    @Test
    void theInstructorSeesTheMatrixWithLearnersAtRiskAndACsvLink() {
        Classroom.Setup s = classroom.create(3);
        loginAs(s.teacher());
        UI.getCurrent().navigate("progress/classes/" + s.cls().id());
        _get(ClassProgressView.class);
        assertThat(_size(_get(ClassMatrixGrid.class))).isEqualTo(3);
        assertThat(ProgressViewTest.tile("class-risk")).isEqualTo("3");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("class-progress-csv"))
                        .getHref())
                .isNotBlank();
    }

    @Test
    void aLearnerCannotOpenIt() {
        Classroom.Setup s = classroom.create(1);
        loginAs(s.learner());
        UI.getCurrent().navigate("progress/classes/" + s.cls().id());
        assertThat(_find(ClassProgressView.class)).isEmpty();
    }
}
