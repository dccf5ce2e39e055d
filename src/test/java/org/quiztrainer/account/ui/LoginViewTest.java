package org.quiztrainer.account.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quiztrainer.KaribuTest;
import org.quiztrainer.account.Language;

class LoginViewTest extends KaribuTest {

    @Test
    void anonymousVisitorsLandOnTheLoginForm() {
        UI.getCurrent().navigate("");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(_get(LoginForm.class).isVisible()).isTrue();
        assertThat(_get(LoginView.class).texts().getForm().getSubmit()).isEqualTo("Log in");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("register-link")).getHref())
                .isEqualTo("register");
    }

    @Test
    void theLanguageSwitchTurnsThePageIntoChineseAndBack() {
        UI.getCurrent().navigate(LoginView.class);
        LanguageSelect select = _get(LanguageSelect.class);

        _setValue(select, Language.ZH_CN);
        UI.getCurrent().navigate(LoginView.class);

        assertThat(_get(H1.class, spec -> spec.withClasses("login-title")).getText())
                .isEqualTo("智学测验");
        assertThat(_get(LoginView.class).texts().getForm().getSubmit()).isEqualTo("登录");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("zh");

        _setValue(_get(LanguageSelect.class), Language.EN);
        UI.getCurrent().navigate(LoginView.class);
        assertThat(_get(LoginView.class).texts().getForm().getSubmit()).isEqualTo("Log in");
    }

    @Test
    void aFailedLoginShowsTheGenericMessage() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(_get(LoginView.class).texts().getErrorMessage().getTitle()).isEqualTo("Wrong username or password");
    }
}
