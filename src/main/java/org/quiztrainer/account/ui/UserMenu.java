package org.quiztrainer.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.quiztrainer.account.AccountService;
import org.quiztrainer.account.UserSummary;
import org.quiztrainer.shell.ContentLanguage;
import org.quiztrainer.shell.HeaderItem;

/** The right of the top bar: who is logged in, the language and theme switches, and logout. */
@org.springframework.stereotype.Component
class UserMenu implements HeaderItem {

    private final AccountService accounts;
    private final AuthenticationContext authentication;

    UserMenu(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
    }

    @Override
    public Component create() {
        UserSummary me = accounts.me();
        HorizontalLayout box = new HorizontalLayout();
        box.addClassName("user-menu");
        box.setAlignItems(HorizontalLayout.Alignment.CENTER);

        Span name = ContentLanguage.mark(
                new Span(me.displayName()), me.displayName(), UI.getCurrent().getLocale());
        name.addClassName("user-name");
        Span role = new Span(box.getTranslation("role." + me.role().name()));
        role.getElement().getThemeList().add("badge contrast");
        role.addClassName("user-role");

        LanguageSelect language = new LanguageSelect();
        language.setValue(me.language());
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UserSummary saved = accounts.changeLanguage(me.id(), e.getValue());
                Preferences.apply(UI.getCurrent(), saved.language(), saved.darkMode());
                Preferences.choose(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });

        Button theme = new Button(VaadinIcon.ADJUST.create());
        theme.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        theme.setAriaLabel(box.getTranslation("shell.theme.toggle"));
        theme.setTooltipText(box.getTranslation("shell.theme.toggle"));
        theme.addClassName("theme-toggle");
        theme.addClickListener(e -> {
            UserSummary current = accounts.me();
            UserSummary saved = accounts.changeDarkMode(current.id(), !current.darkMode());
            Preferences.apply(UI.getCurrent(), saved.language(), saved.darkMode());
        });

        Button logout = new Button(
                box.getTranslation("shell.logout"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClassName("logout");

        box.add(name, role, language, theme, logout);
        return box;
    }

    @Override
    public int order() {
        return 100;
    }
}
