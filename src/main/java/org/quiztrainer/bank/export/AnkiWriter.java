package org.quiztrainer.bank.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.Topic;
import org.quiztrainer.bank.io.ExportRequest;
import org.quiztrainer.bank.io.anki.AnkiTextFormat;

/**
 * The bank's Anki text download: questions written by {@link AnkiTextFormat} (Anki's "Notes in Plain Text"
 * with GUID, note type, deck and tags columns), each question's id as its note's GUID, so that importing the
 * file again (into Anki or into this app) updates the notes instead of duplicating them.
 */
public final class AnkiWriter {

    /** The deck that holds the questions. */
    public static final String DECK = "Quiz Trainer";

    private AnkiWriter() {}

    /** The questions in one language, each in the deck of its topic path under {@link #DECK}. */
    public static String write(List<Question> questions, List<Topic> topics, Locale locale) {
        List<ExportRequest.Entry> entries = questions.stream()
                .map(q -> new ExportRequest.Entry(q.id(), q, false))
                .toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new AnkiTextFormat().write(new ExportRequest(DECK, topics, entries, locale, null), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The questions in one language, in decks named by their topic ids. */
    public static String write(List<Question> questions, Locale locale) {
        return write(questions, List.of(), locale);
    }
}
