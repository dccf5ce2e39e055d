package org.quiztrainer.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.theme.lumo.Lumo;
import org.quiztrainer.account.Language;

/** Applies a language and a light or dark theme to the current UI and remembers them in the session. */
final class Preferences {

    static final String LANGUAGE = "qt.language";
    static final String DARK = "qt.dark";

    private Preferences() {
    }

    static void apply(UI ui, Language language, boolean dark) {
        VaadinSession session = ui.getSession();
        session.setAttribute(LANGUAGE, language);
        session.setAttribute(DARK, dark);
        session.setLocale(language.locale());
        ui.setLocale(language.locale());
        ui.getElement().setAttribute("lang", language.tag());
        if (dark) {
            ui.getElement().getThemeList().add(Lumo.DARK);
        } else {
            ui.getElement().getThemeList().remove(Lumo.DARK);
        }
    }

    static Language language(VaadinSession session) {
        Object value = session.getAttribute(LANGUAGE);
        return value instanceof Language language ? language : Language.of(session.getLocale());
    }

    static boolean dark(VaadinSession session) {
        return Boolean.TRUE.equals(session.getAttribute(DARK));
    }
}
