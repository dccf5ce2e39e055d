package org.quiztrainer.account.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.KaribuTest;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.AccountService;
import org.quiztrainer.account.Role;
import org.quiztrainer.account.UserSummary;
import org.springframework.beans.factory.annotation.Autowired;

class RegisterViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    RegisterView view;

    @BeforeEach
    void open() {
        UI.getCurrent().navigate(RegisterView.class);
        view = _get(RegisterView.class);
    }

    @Test
    void aNewLearnerRegistersAndIsSentToLogin() {
        fill("new-learner-" + System.nanoTime() % 100000, "New Learner", "long-enough", "long-enough");

        _click(view.submit);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void aTakenUsernameIsShownNextToTheFieldAndNothingIsSaved() {
        UserSummary existing = users.create(Role.LEARNER);
        int before = countUsers();

        fill(existing.username(), "", "long-enough", "long-enough");
        _click(view.submit);

        assertThat(view.username.isInvalid()).isTrue();
        assertThat(view.username.getErrorMessage()).isEqualTo("This username is taken");
        assertThat(view.password.isInvalid()).isFalse();
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RegisterView.class);
        assertThat(countUsers()).isEqualTo(before);
    }

    @Test
    void aShortPasswordAndAnOverLongNameAreShownNextToTheirFields() {
        int before = countUsers();

        fill("fine-name", "n".repeat(81), "short", "short");
        _click(view.submit);

        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).isEqualTo("A password has at least 8 characters");
        assertThat(view.displayName.isInvalid()).isTrue();
        assertThat(view.displayName.getErrorMessage()).isEqualTo("A display name has at most 80 characters");
        assertThat(view.username.isInvalid()).isFalse();
        assertThat(countUsers()).isEqualTo(before);
    }

    private void fill(String username, String name, String password, String repeat) {
        _setValue(view.username, username);
        _setValue(view.displayName, name);
        _setValue(view.password, password);
        _setValue(view.passwordRepeat, repeat);
    }

    private int countUsers() {
        TestUsers.login(new org.quiztrainer.account.AppUserDetails(-1, "counter", "", Role.ADMIN, false));
        int count = accounts.listUsers().size();
        TestUsers.logout();
        return count;
    }
}
