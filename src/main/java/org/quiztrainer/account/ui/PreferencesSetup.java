package org.quiztrainer.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.quiztrainer.account.AccountService;
import org.quiztrainer.account.CurrentUser;
import org.quiztrainer.account.Language;
import org.quiztrainer.account.UserSummary;
import org.springframework.stereotype.Component;

/**
 * Gives every new UI the language and theme of its user. A logged-in user gets their stored language,
 * unless they just chose another one in this browser (on the login page): that choice is stored.
 * A visitor gets the language chosen in this session or browser, else the browser's language.
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
        event.addIndexHtmlRequestListener(page -> page.getDocument()
                .getElementsByTag("html")
                .attr("lang", languageOf(VaadinSession.getCurrent()).tag()));
    }

    /** The language the next page will be in (nothing is stored). */
    private Language languageOf(VaadinSession session) {
        if (currentUser.find().isPresent()) {
            return Preferences.chosen().orElseGet(() -> accounts.me().language());
        }
        return Preferences.language(session);
    }

    void applyTo(UI ui) {
        VaadinSession session = ui.getSession();
        if (currentUser.find().isPresent()) {
            UserSummary me = accounts.me();
            Language chosen = Preferences.chosen().orElse(me.language());
            if (chosen != me.language()) {
                me = accounts.changeLanguage(me.id(), chosen);
            }
            Preferences.apply(ui, me.language(), me.darkMode());
        } else {
            Preferences.apply(ui, Preferences.language(session), Preferences.dark(session));
        }
    }
}
