package org.quiztrainer.bank.io.support;

import java.util.Collection;
import java.util.List;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.io.ImportOptions.TextLanguage;

/**
 * The language a one-language file's question is written in, chosen once for all its texts so that a
 * question and its choices are on the same side: the one the user named, or, to detect it, Chinese when any
 * of the texts has a Han character and English otherwise.
 */
public enum TextSide {
    ZH,
    EN;

    /** The side for a question whose texts are {@code texts}. */
    public static TextSide of(TextLanguage language, Collection<String> texts) {
        return switch (language) {
            case ZH -> ZH;
            case EN -> EN;
            case DETECT -> texts.stream().anyMatch(TextSide::hasHan) ? ZH : EN;
        };
    }

    /** Whether a text has a character of the Han script. */
    public static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** A text on this side. */
    public LocalizedText text(String text) {
        return this == ZH ? LocalizedText.zhOnly(text) : LocalizedText.enOnly(text);
    }

    /** Accepted answers on this side. */
    public QuestionContent.ShortAnswer accept(List<String> answers) {
        return this == ZH
                ? new QuestionContent.ShortAnswer(answers, List.of())
                : new QuestionContent.ShortAnswer(List.of(), answers);
    }
}
