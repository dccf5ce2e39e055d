package org.quiztrainer.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.theme.lumo.Lumo;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.quiztrainer.account.Language;

/**
 * Applies a language and a light or dark theme to the current UI. The last language chosen in this
 * browser is also kept in a cookie, so a choice made on the login page survives the login.
 */
final class Preferences {

    static final String LANGUAGE = "qt.language";
    static final String DARK = "qt.dark";
    static final String COOKIE = "qt-lang";

    private Preferences() {}

    static void apply(UI ui, Language language, boolean dark) {
        VaadinSession session = ui.getSession();
        session.setAttribute(LANGUAGE, language);
        session.setAttribute(DARK, dark);
        session.setLocale(language.locale());
        ui.setLocale(language.locale());
        ui.getElement().setAttribute("lang", language.tag());
        ui.getPage().executeJs("document.documentElement.lang = $0", language.tag());
        if (dark) {
            ui.getElement().getThemeList().add(Lumo.DARK);
        } else {
            ui.getElement().getThemeList().remove(Lumo.DARK);
        }
    }

    /** Records an explicit choice of language in this browser. */
    static void choose(Language language) {
        VaadinResponse response = VaadinResponse.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, language.tag());
            cookie.setPath(request == null || request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
    }

    /** The language last chosen in this browser, if any. */
    static Optional<Language> chosen() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .findFirst()
                .map(c -> Language.ofTag(c.getValue()));
    }

    /**
     * The language of an anonymous visitor: this session's choice, this browser's, or else the first
     * language of the browser's Accept-Language header that the interface speaks (English when none).
     */
    static Language language(VaadinSession session) {
        Object value = session == null ? null : session.getAttribute(LANGUAGE);
        if (value instanceof Language language) {
            return language;
        }
        return chosen().orElseGet(() -> accepted(VaadinRequest.getCurrent()));
    }

    /** The first of the request's Accept-Language locales that is Chinese or English; English otherwise. */
    static Language accepted(VaadinRequest request) {
        if (request instanceof HttpServletRequest http) {
            for (Locale locale : Collections.list(http.getLocales())) {
                if ("zh".equals(locale.getLanguage())) {
                    return Language.ZH_CN;
                }
                if ("en".equals(locale.getLanguage())) {
                    return Language.EN;
                }
            }
        }
        return Language.EN;
    }

    static boolean dark(VaadinSession session) {
        return Boolean.TRUE.equals(session.getAttribute(DARK));
    }
}
