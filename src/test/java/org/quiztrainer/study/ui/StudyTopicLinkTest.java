package org.quiztrainer.study.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quiztrainer.KaribuTest;
import org.quiztrainer.account.Role;
import org.quiztrainer.study.StudyBank;

/** The progress pages link to {@code study?topic=...}: the session opens on that topic. */
@StudyBank
class StudyTopicLinkTest extends KaribuTest {

    @Test
    void aTopicInTheAddressBecomesTheScope() {
        loginAs(users.create(Role.LEARNER));
        UI.getCurrent().navigate("study", QueryParameters.of("topic", "beta"));
        StudyView view = _get(StudyView.class);
        assertThat(view.scopePicker.scope().topicIds()).isEqualTo(Set.of("beta"));
        assertThat(view.card.item().question().question().topicId()).isEqualTo("beta");

        reload();
        UI.getCurrent().navigate("study", QueryParameters.of("topic", "no-such-topic"));
        assertThat(_get(StudyView.class).scopePicker.scope().topicIds()).doesNotContain("no-such-topic");
    }
}
