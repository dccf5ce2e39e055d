package org.quiztrainer.bank.io.anki;

import java.util.Locale;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.io.ImportOptions.TextLanguage;

/** Which side of a {@link LocalizedText} an imported question fills. */
final class Languages {

    private Languages() {}

    /**
     * Whether a question is Chinese: as the user chose, or, to detect it, when any of its texts has a Han
     * character.
     */
    static boolean chinese(TextLanguage language, String... texts) {
        return switch (language) {
            case ZH -> true;
            case EN -> false;
            case DETECT -> {
                for (String t : texts) {
                    if (hasHan(t)) {
                        yield true;
                    }
                }
                yield false;
            }
        };
    }

    /** Whether a text has a Han (CJK ideograph) character. */
    static boolean hasHan(String text) {
        return text != null
                && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** A text on one side. */
    static LocalizedText side(boolean chinese, String text) {
        return chinese ? LocalizedText.zhOnly(text) : LocalizedText.enOnly(text);
    }

    /** The locale of a side. */
    static Locale locale(boolean chinese) {
        return chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
}
