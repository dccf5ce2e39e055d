package org.quiztrainer.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.quiztrainer.account.AccountService;
import org.quiztrainer.account.CurrentUser;
import org.quiztrainer.account.UserSummary;
import org.springframework.stereotype.Component;

/**
 * Gives every new UI the language and theme of its user: the stored choice of a logged-in user,
 * else the choice made on the login page, else the browser's language.
 */
@Component
class PreferencesSetup implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final AccountService accounts;

    PreferencesSetup(CurrentUser currentUser, AccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> applyTo(init.getUI()));
    }

    void applyTo(UI ui) {
        VaadinSession session = ui.getSession();
        if (currentUser.find().isPresent()) {
            UserSummary me = accounts.me();
            Preferences.apply(ui, me.language(), me.darkMode());
        } else {
            Preferences.apply(ui, Preferences.language(session), Preferences.dark(session));
        }
    }
}
