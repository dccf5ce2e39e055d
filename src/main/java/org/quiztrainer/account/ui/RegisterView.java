package org.quiztrainer.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.quiztrainer.account.AccountService;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.account.Registration;

/** Self-registration as a learner; every problem is shown next to its field and nothing is saved. */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
public class RegisterView extends VerticalLayout implements HasDynamicTitle {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField passwordRepeat = new PasswordField();
    final LanguageSelect language = new LanguageSelect();
    final Button submit = new Button();

    public RegisterView(AccountService accounts) {
        addClassName("register-view");
        setAlignItems(Alignment.CENTER);
        username.setLabel(getTranslation("register.username"));
        username.setHelperText(getTranslation("register.username.help"));
        username.setRequiredIndicatorVisible(true);
        username.setId("username");
        displayName.setLabel(getTranslation("register.display-name"));
        displayName.setId("displayName");
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.password.help"));
        password.setRequiredIndicatorVisible(true);
        password.setId("password");
        passwordRepeat.setLabel(getTranslation("register.password-repeat"));
        passwordRepeat.setRequiredIndicatorVisible(true);
        passwordRepeat.setId("passwordRepeat");
        language.setLabel(getTranslation("register.language"));
        language.setValue(Preferences.language(VaadinSession.getCurrent()));
        submit.setText(getTranslation("register.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setId("register");

        Map<String, HasValidation> fields = Map.of(
                "username",
                username,
                "displayName",
                displayName,
                "password",
                password,
                "passwordRepeat",
                passwordRepeat);
        submit.addClickListener(e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                accounts.register(new Registration(
                        username.getValue(),
                        displayName.getValue(),
                        password.getValue(),
                        passwordRepeat.getValue(),
                        language.getValue()));
                Notification.show(getTranslation("register.done"), 4000, Notification.Position.TOP_CENTER);
                getUI().ifPresent(ui -> ui.navigate(LoginView.class));
            } catch (InvalidInputException ex) {
                ex.fieldErrors().forEach((field, key) -> {
                    HasValidation f = fields.get(field);
                    f.setErrorMessage(getTranslation(key));
                    f.setInvalid(true);
                });
            }
        });

        FormLayout form = new FormLayout(username, displayName, password, passwordRepeat, language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("24rem");
        add(
                new H1(getTranslation("register.title")),
                form,
                submit,
                new Anchor("login", getTranslation("register.to-login")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title") + " · " + getTranslation("app.name");
    }
}
