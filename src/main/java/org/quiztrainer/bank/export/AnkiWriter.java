package org.quiztrainer.bank.export;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.quiztrainer.bank.Question;

/**
 * Writes questions as a tab-separated text file that Anki imports as Basic notes: header lines
 * {@code #separator:tab}, {@code #html:false}, {@code #notetype:Basic}, {@code #columns:}, and the
 * question id as the note's GUID, so importing again updates the notes instead of duplicating them.
 * Fields holding a tab, a line break or a quote are quoted, with quotes doubled.
 */
public final class AnkiWriter {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("GUID", "Front", "Back", "Tags");

    private AnkiWriter() {}

    public static String write(List<Question> questions, Locale locale) {
        StringBuilder out = new StringBuilder()
                .append("#separator:tab\n")
                .append("#html:false\n")
                .append("#notetype:Basic\n")
                .append("#deck:Quiz Trainer\n")
                .append("#columns:")
                .append(String.join("\t", COLUMNS))
                .append("\n")
                .append("#guid column:1\n")
                .append("#tags column:4\n");
        for (Question q : questions) {
            String back = CardText.answer(q, locale) + "\n\n" + q.explanation().in(locale);
            String tags = Stream.concat(Stream.of("quiztrainer::" + q.topicId()), q.tags().stream())
                    .map(t -> t.replace(' ', '_'))
                    .collect(Collectors.joining(" "));
            out.append(Stream.of(q.id(), CardText.front(q, locale), back, tags)
                            .map(AnkiWriter::field)
                            .collect(Collectors.joining("\t")))
                    .append("\n");
        }
        return out.toString();
    }

    static String field(String value) {
        if (value.contains("\t") || value.contains("\n") || value.contains("\"")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
