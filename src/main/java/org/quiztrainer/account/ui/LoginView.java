package org.quiztrainer.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.quiztrainer.shell.DatabaseTrouble;
import org.springframework.security.web.WebAttributes;

/**
 * Log in, switch the language, or go to registration. Every failed login shows the same message, whatever
 * went wrong (see {@code ThrottledAuthenticationProvider}).
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private LoginI18n shown;

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        LanguageSelect language = new LanguageSelect();
        language.setValue(Preferences.language(VaadinSession.getCurrent()));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                Preferences.apply(UI.getCurrent(), e.getValue(), Preferences.dark(VaadinSession.getCurrent()));
                Preferences.choose(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        Div top = new Div(language);
        top.addClassName("login-top");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        show(i18n());

        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("login-tagline");
        Anchor register = new Anchor("register", getTranslation("login.register"));
        register.addClassName("register-link");
        add(top, title, tagline, form, register);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.text"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    private void show(LoginI18n i18n) {
        shown = i18n;
        form.setI18n(i18n);
    }

    /** The texts the login form currently shows. */
    LoginI18n texts() {
        return shown;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            return;
        }
        Object last = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (last instanceof Throwable t && DatabaseTrouble.isTransient(t)) {
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("error.database.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.unavailable.text"));
            show(i18n);
        }
        form.setError(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
