package org.quiztrainer.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quiztrainer.KaribuTest;
import org.quiztrainer.account.AccountService;
import org.quiztrainer.account.Language;
import org.quiztrainer.account.Role;
import org.quiztrainer.account.UserSummary;
import org.springframework.beans.factory.annotation.Autowired;

/** No view shows an untranslated key, in either language, for any role. */
class NoRawKeysTest extends KaribuTest {

    private static final List<String> PUBLIC_PATHS = List.of("login", "register");
    private static final List<String> ADMIN_PATHS = List.of(
            "",
            "admin/users",
            "study",
            "practice",
            "study/settings",
            "classes",
            "progress",
            "progress/topic/rnn",
            "progress/question/rnn.shared-weights",
            "progress/classes");
    private static final List<String> LEARNER_PATHS = List.of("my-assignments");

    @Autowired
    AccountService accounts;

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void everyViewIsTranslated(String tag) {
        Language language = Language.ofTag(tag);
        List<String> problems = new ArrayList<>();
        UI.getCurrent().getSession().setAttribute("qt.language", language);
        reload();
        for (String path : PUBLIC_PATHS) {
            UI.getCurrent().navigate(path);
            problems.addAll(rawTexts(path));
        }
        UserSummary admin = users.create(Role.ADMIN);
        org.quiztrainer.TestUsers.login(admin);
        accounts.changeLanguage(admin.id(), language);
        loginAs(admin);
        assertThat(UI.getCurrent().getLocale().getLanguage())
                .isEqualTo(language.locale().getLanguage());
        for (String path : ADMIN_PATHS) {
            UI.getCurrent().navigate(path);
            problems.addAll(rawTexts(path));
        }
        UserSummary learner = users.create(Role.LEARNER);
        org.quiztrainer.TestUsers.login(learner);
        accounts.changeLanguage(learner.id(), language);
        loginAs(learner);
        for (String path : LEARNER_PATHS) {
            UI.getCurrent().navigate(path);
            problems.addAll(rawTexts(path));
        }
        assertThat(problems).isEmpty();
    }

    private List<String> rawTexts(String path) {
        List<String> out = new ArrayList<>();
        for (Component c : allComponents()) {
            List<String> texts = new ArrayList<>();
            texts.add(c.getElement().getText());
            texts.add(c.getElement().getProperty("label"));
            texts.add(c.getElement().getProperty("helperText"));
            texts.add(c.getElement().getProperty("errorMessage"));
            texts.add(c.getElement().getAttribute("aria-label"));
            if (c instanceof HasLabel labelled) {
                texts.add(labelled.getLabel());
            }
            for (String t : texts) {
                if (t != null && looksRaw(t)) {
                    out.add(path + ": " + c.getClass().getSimpleName() + " shows '" + t + "'");
                }
            }
        }
        return out;
    }

    /** DefaultI18NProvider renders a missing key as {@code !lang: key}; a bare dotted key is raw too. */
    static boolean looksRaw(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return t.startsWith("!") || t.matches("[a-z]+(\\.[a-z0-9-]+){1,4}");
    }
}
