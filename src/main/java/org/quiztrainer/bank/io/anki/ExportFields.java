package org.quiztrainer.bank.io.anki;

import java.util.List;
import java.util.Locale;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.export.CardText;

/**
 * The visible fields of a question in Anki, in one language, as HTML or as plain text. A flashcard is Front and
 * Back (with the explanation after the back); a short answer is Front and Back (its first accepted answer, which
 * Anki compares the typed answer with); a cloze is Text and Back Extra (the explanation). Every other type is a
 * Basic note as a learner sees it here: the question with its choices, items or pairs on the front, the right
 * answer and the explanation on the back.
 */
final class ExportFields {

    private final Locale locale;
    private final boolean htmlOut;

    /**
     * @param locale  the language written
     * @param htmlOut whether the fields are HTML (plain texts are escaped) or plain text (all texts are plain)
     */
    ExportFields(Locale locale, boolean htmlOut) {
        this.locale = locale;
        this.htmlOut = htmlOut;
    }

    /** The two visible fields of a question. */
    List<String> fields(Question q, boolean html) {
        String text = q.text().in(locale);
        String explanation = q.explanation().in(locale);
        QuestionContent c = q.content();
        if (c instanceof QuestionContent.Cloze) {
            return List.of(field(text, html), field(explanation, html));
        }
        if (c instanceof QuestionContent.ShortAnswer a) {
            List<String> accepted = a.accepted(locale);
            return List.of(field(text, html), field(accepted.isEmpty() ? "" : accepted.get(0), html));
        }
        String front =
                c instanceof QuestionContent.Flashcard ? field(text, html) : lines(CardText.front(q, locale), html);
        String back = c instanceof QuestionContent.Flashcard f
                ? field(f.back().in(locale), html)
                : lines(CardText.answer(q, locale), html);
        if (!explanation.isBlank()) {
            back = back + (htmlOut ? "<br><br>" : "\n\n") + field(explanation, html);
        }
        return List.of(front, back);
    }

    /** A text as a field: escaped when it is plain and the fields are HTML. */
    String field(String text, boolean html) {
        return htmlOut && !html ? FieldHtml.escape(text) : text;
    }

    private String lines(String text, boolean html) {
        return htmlOut && html ? text.replace("\n", "<br>") : field(text, html);
    }
}
