package org.quiztrainer.account.ui;

import com.vaadin.flow.component.select.Select;
import org.quiztrainer.account.Language;

/** Picks the interface language; each option is written in its own language. */
class LanguageSelect extends Select<Language> {

    LanguageSelect() {
        setItems(Language.values());
        setItemLabelGenerator(language -> language == Language.ZH_CN ? "中文" : "English");
        setAriaLabel(getTranslation("shell.language"));
        addClassName("language-select");
    }
}
