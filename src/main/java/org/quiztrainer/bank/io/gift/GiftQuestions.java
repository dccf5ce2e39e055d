package org.quiztrainer.bank.io.gift;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.io.ImportLimitException;
import org.quiztrainer.bank.io.ImportOptions;
import org.quiztrainer.bank.io.Where;
import org.quiztrainer.bank.io.support.DocumentBuilder;
import org.quiztrainer.bank.io.support.FormattedText;
import org.quiztrainer.bank.io.support.Messages;
import org.quiztrainer.bank.io.support.QuestionDraft;
import org.quiztrainer.bank.io.support.QuestionDraft.Content;

/**
 * Turns a parsed GIFT question into an imported question, a skip or a problem (see docs/import-formats.md
 * for the table): its identity is its {@code ::name::}, or for an unnamed question Moodle's default name
 * (the text without tags, shortened to 80 characters).
 */
final class GiftQuestions {

    private GiftQuestions() {}

    static void add(GiftParser.Question q, List<String> path, int line, ImportOptions options, DocumentBuilder doc)
            throws ImportLimitException {
        QuestionDraft d = new QuestionDraft(new Where(line, q.name() == null ? "" : q.name()), doc);
        FormattedText general = q.feedback();
        Optional<Content> content = switch (q.kind()) {
            case DESCRIPTION -> d.skip("import.skip.gift.description");
            case ESSAY -> essay(q, d);
            case MULTICHOICE -> GiftChoices.multichoice(q, d);
            case TRUEFALSE -> GiftChoices.trueFalse(q, d);
            case SHORTANSWER -> GiftChoices.shortAnswer(q, d);
            case NUMERICAL -> GiftChoices.numerical(q, d);
            case MATCH -> GiftChoices.matching(q, d);
        };
        if (content.isEmpty()) {
            return;
        }
        FormattedText text = q.text();
        if (text.isEmpty() && q.name() != null && !q.name().isBlank()) {
            d.note("import.note.gift.name-as-text");
            text = new FormattedText(q.name(), FormattedText.Kind.PLAIN);
        } else if (text.isEmpty()) {
            d.problem("import.problem.gift.no-text");
            return;
        }
        if (q.kind() == GiftParser.Kind.ESSAY) {
            general = FormattedText.EMPTY;
        }
        String identity = q.name() != null && !q.name().isBlank() ? q.name() : QuestionDraft.defaultName(text.text());
        d.add(
                identity,
                path,
                q.tags(),
                text,
                general,
                content.get(),
                options.language(),
                "import.problem.gift.invalid");
    }

    /**
     * An essay: a flashcard whose back is the general feedback. Without one (Moodle imports it all the same)
     * the back says that no model answer came with it, so that the question is not lost.
     */
    private static Optional<Content> essay(GiftParser.Question q, QuestionDraft d) throws ImportLimitException {
        if (q.feedback().isEmpty()) {
            d.note("import.note.gift.essay-without-feedback");
            return Optional.of((r, side) ->
                    new QuestionContent.Flashcard(side.text(Messages.inLanguage(side, Messages.ESSAY_WITHOUT_ANSWER))));
        }
        d.note("import.note.gift.essay");
        FormattedText back = d.part(q.feedback());
        return Optional.of((r, side) -> new QuestionContent.Flashcard(side.text(r.render(back))));
    }

    static boolean isOne(BigDecimal fraction) {
        return fraction.compareTo(BigDecimal.ONE) == 0;
    }
}
