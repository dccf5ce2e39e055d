package org.quiztrainer.shell;

import com.vaadin.flow.component.HasElement;
import java.util.Locale;
import java.util.Optional;

/**
 * Marks content written in the other interface language with its {@code lang}, so that a screen reader
 * pronounces it in that language: a Chinese question, name or title in the English interface gets
 * {@code lang="zh-CN"}, an English-only one in the Chinese interface {@code lang="en"}. The language is read
 * from the text: Chinese when it has Han characters and at most twice as many Latin letters, English when it
 * has Latin letters and no Han character.
 */
public final class ContentLanguage {

    private ContentLanguage() {}

    /** The tag of the language {@code text} is written in, when it is not the language of {@code ui}. */
    public static Optional<String> otherThan(Locale ui, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        int han = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HAN) {
                han++;
            } else if (script == Character.UnicodeScript.LATIN && Character.isLetter(cp)) {
                latin++;
            }
            i += Character.charCount(cp);
        }
        boolean chineseUi = "zh".equals(ui.getLanguage());
        if (!chineseUi && han > 0 && latin <= 2 * han) {
            return Optional.of("zh-CN");
        }
        if (chineseUi && han == 0 && latin > 0) {
            return Optional.of("en");
        }
        return Optional.empty();
    }

    /** Sets the component's {@code lang} when {@code text} is in the other language; returns the component. */
    public static <T extends HasElement> T mark(T component, String text, Locale ui) {
        otherThan(ui, text)
                .ifPresentOrElse(
                        tag -> component.getElement().setAttribute("lang", tag),
                        () -> component.getElement().removeAttribute("lang"));
        return component;
    }
}
