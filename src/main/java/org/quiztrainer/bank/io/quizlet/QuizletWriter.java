package org.quiztrainer.bank.io.quizlet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quiztrainer.bank.ClozeText;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.export.CardText;
import org.quiztrainer.bank.io.ExportNote;
import org.quiztrainer.bank.io.ExportReport;
import org.quiztrainer.bank.io.ExportRequest;
import org.quiztrainer.bank.io.support.Html;
import org.quiztrainer.bank.io.support.Messages;

/**
 * Writes a Quizlet set in the request's language: one card per line, term and definition separated by a
 * tab, as Quizlet's import reads it by default. Quizlet has only term and definition, so each question is
 * written as its nearest flashcard, with a note: a flashcard as it is; another type as the question with
 * what is chosen from (as {@link CardText} shows it) and the right answer; a cloze card as its front and
 * back. Line breaks and tabs become {@code " / "} and spaces, HTML becomes its text, and the explanation is
 * not written (each noted).
 */
final class QuizletWriter {

    private final ExportRequest request;
    private final Locale locale;
    private final List<ExportNote> notes = new ArrayList<>();

    QuizletWriter(ExportRequest request) {
        this.request = request;
        this.locale = request.locale();
    }

    ExportReport write(OutputStream stream) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        for (ExportRequest.Entry e : request.questions()) {
            Question q = e.question();
            String term;
            String definition;
            if (q.content() instanceof QuestionContent.Flashcard f) {
                term = q.text().in(locale);
                definition = f.back().in(locale);
            } else if (q.content() instanceof QuestionContent.Cloze c) {
                note(e, "export.note.quizlet.as-flashcard", q.type().code());
                term = ClozeText.front(q.text().in(locale), c.number());
                definition = ClozeText.back(q.text().in(locale), c.number());
            } else {
                note(e, "export.note.quizlet.as-flashcard", q.type().code());
                term = CardText.front(q, locale);
                definition = CardText.answer(q, locale);
            }
            if (e.html()) {
                note(e, "export.note.quizlet.html-as-text");
                term = Html.toText(term);
                definition = Html.toText(definition);
            }
            if (!q.explanation().isEmpty()) {
                note(e, "export.note.quizlet.explanation-dropped");
            }
            String t = flat(term);
            String d = flat(definition);
            if (!t.equals(term.strip()) || !d.equals(definition.strip())) {
                note(e, "export.note.quizlet.line-breaks");
            }
            out.write(t + "\t" + d + "\n");
        }
        out.flush();
        return new ExportReport(request.questions().size(), notes);
    }

    private void note(ExportRequest.Entry e, String key, Object... args) {
        notes.add(Messages.export(e.identity(), key, args));
    }

    /** A text on one line: line breaks as {@code " / "}, tabs as spaces. */
    static String flat(String s) {
        return s.strip().replaceAll("\\s*(\\r\\n|\\r|\\n)+\\s*", " / ").replace('\t', ' ');
    }
}
