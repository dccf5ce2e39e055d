package org.quiztrainer.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.quiztrainer.KaribuTest;
import org.quiztrainer.account.Role;
import org.quiztrainer.account.ui.LoginView;
import org.quiztrainer.account.ui.UsersView;

/** Who may open which view: a view is never shown to a role that may not see it. */
class ViewAccessTest extends KaribuTest {

    @Test
    void anonymousVisitorsAreSentToLoginFromEveryProtectedView() {
        for (String path : new String[] {"", "admin/users", "study", "practice", "study/settings"}) {
            UI.getCurrent().navigate(path);
            assertThat(UI.getCurrent().getCurrentView()).as(path).isInstanceOf(LoginView.class);
        }
    }

    @Test
    void learnersAndInstructorsSeeHomeButAreDeniedTheUserAdministration() {
        for (Role role : new Role[] {Role.LEARNER, Role.INSTRUCTOR}) {
            loginAs(users.create(role));
            UI.getCurrent().navigate("");
            assertThat(UI.getCurrent().getCurrentView()).as(role.name()).isInstanceOf(HomeView.class);

            UI.getCurrent().navigate("study");
            assertThat(UI.getCurrent().getCurrentView())
                    .as(role.name())
                    .isInstanceOf(org.quiztrainer.study.ui.StudyView.class);

            UI.getCurrent().navigate("admin/users");
            assertThat(UI.getCurrent().getCurrentView()).as(role.name()).isInstanceOf(AccessDeniedView.class);
        }
    }

    @Test
    void adminsOpenTheUserAdministration() {
        loginAs(users.create(Role.ADMIN));

        UI.getCurrent().navigate("admin/users");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(UsersView.class);
    }
}
