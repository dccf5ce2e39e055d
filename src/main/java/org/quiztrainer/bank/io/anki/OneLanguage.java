package org.quiztrainer.bank.io.anki;

import java.util.List;
import java.util.Locale;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.QuestionContent.Choice;
import org.quiztrainer.bank.QuestionContent.MatchPair;

/** A question's content in one language: what a one-language format writes and reads back. */
final class OneLanguage {

    private OneLanguage() {}

    /** The content as {@code locale} shows it, every text on the Chinese side if {@code chinese}, else English. */
    static QuestionContent content(QuestionContent content, Locale locale, boolean chinese) {
        if (content instanceof QuestionContent.Flashcard f) {
            return new QuestionContent.Flashcard(text(f.back(), locale, chinese));
        } else if (content instanceof QuestionContent.SingleChoice s) {
            return new QuestionContent.SingleChoice(choices(s.choices(), locale, chinese));
        } else if (content instanceof QuestionContent.MultipleChoice m) {
            return new QuestionContent.MultipleChoice(choices(m.choices(), locale, chinese));
        } else if (content instanceof QuestionContent.ShortAnswer a) {
            List<String> accepted = a.accepted(locale);
            return new QuestionContent.ShortAnswer(chinese ? accepted : List.of(), chinese ? List.of() : accepted);
        } else if (content instanceof QuestionContent.Ordering o) {
            return new QuestionContent.Ordering(
                    o.items().stream().map(t -> text(t, locale, chinese)).toList());
        } else if (content instanceof QuestionContent.Matching m) {
            return new QuestionContent.Matching(m.pairs().stream()
                    .map(p -> new MatchPair(text(p.left(), locale, chinese), text(p.right(), locale, chinese)))
                    .toList());
        }
        return content;
    }

    /** A text as {@code locale} shows it, on one side. */
    static LocalizedText text(LocalizedText text, Locale locale, boolean chinese) {
        return text.isEmpty() ? LocalizedText.EMPTY : Languages.side(chinese, text.in(locale));
    }

    private static List<Choice> choices(List<Choice> choices, Locale locale, boolean chinese) {
        return choices.stream()
                .map(c -> new Choice(text(c.text(), locale, chinese), c.correct()))
                .toList();
    }
}
