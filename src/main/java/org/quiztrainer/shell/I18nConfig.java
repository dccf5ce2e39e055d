package org.quiztrainer.shell;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** UI strings come from {@code vaadin-i18n/translations*.properties}: English and simplified Chinese. */
@Configuration
class I18nConfig {

    /** The locales the interface is translated into, English first (the fallback). */
    public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    @Bean
    I18NProvider i18nProvider() {
        return new DefaultI18NProvider(LOCALES);
    }
}
