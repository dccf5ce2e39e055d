package org.quiztrainer.bank;

import java.util.Locale;
import java.util.Optional;
import org.quiztrainer.bank.export.CardText;

/**
 * A question as the bank browser may show it to the caller, as plain text: the front as a learner sees it, and its answer
 * and explanation only when the caller may see its key ({@link BankService#preview}).
 *
 * @param front       the question with its choices, items or pairs, in each language
 * @param answer      the right answer in each language, or empty when the key is not for the caller
 * @param explanation the explanation, or empty when the key is not for the caller
 * @param retired     whether the question has left study (its editors still browse it)
 */
public record BrowsedQuestion(
        String id,
        String topicId,
        QuestionType type,
        int revision,
        String source,
        LocalizedText front,
        Optional<LocalizedText> answer,
        Optional<LocalizedText> explanation,
        boolean retired) {

    /** Whether the caller sees the key. */
    public boolean keyShown() {
        return answer.isPresent();
    }

    static BrowsedQuestion of(StoredQuestion stored, boolean withKey) {
        Question q = stored.question();
        return new BrowsedQuestion(
                q.id(),
                q.topicId(),
                q.type(),
                stored.revision(),
                q.source(),
                new LocalizedText(front(q, Locale.SIMPLIFIED_CHINESE), front(q, Locale.ENGLISH)),
                withKey
                        ? Optional.of(
                                new LocalizedText(answer(q, Locale.SIMPLIFIED_CHINESE), answer(q, Locale.ENGLISH)))
                        : Optional.empty(),
                withKey
                        ? Optional.of(q.html() ? PlainContent.plain(q.explanation()) : q.explanation())
                        : Optional.empty(),
                stored.retired());
    }

    private static String front(Question q, Locale locale) {
        return CardText.front(q, locale);
    }

    private static String answer(Question q, Locale locale) {
        return CardText.answer(q, locale);
    }
}
