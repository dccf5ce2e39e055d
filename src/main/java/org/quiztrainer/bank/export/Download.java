package org.quiztrainer.bank.export;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.Topic;

/**
 * The bank's downloads, one code path for the app's download links and {@code scripts/bank export}: the
 * questions ordered by topic, then id, written by the format's writer in one language, as UTF-8 bytes.
 */
public enum Download {
    GIFT("gift", "gift", "text/plain", (questions, topics, locale) -> GiftWriter.write(questions, locale)),
    ANKI("anki", "txt", "text/tab-separated-values", AnkiWriter::write);

    /** A writer of questions, with the topic tree their decks or categories are named from, in one language. */
    @FunctionalInterface
    private interface Writer {
        String write(List<Question> questions, List<Topic> topics, Locale locale);
    }

    /** The order of a download: by topic, then by question id. */
    public static final Comparator<Question> ORDER =
            Comparator.comparing(Question::topicId).thenComparing(Question::id);

    private final String code;
    private final String extension;
    private final String mime;
    private final Writer writer;

    Download(String code, String extension, String mime, Writer writer) {
        this.code = code;
        this.extension = extension;
        this.mime = mime;
        this.writer = writer;
    }

    /** The code on the command line: {@code gift} or {@code anki}. */
    public String code() {
        return code;
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The media type with its charset. */
    public String contentType() {
        return mime + "; charset=UTF-8";
    }

    /**
     * The file: the questions in {@link #ORDER}, in the language of {@code locale}, as UTF-8; the topics
     * name the Anki decks (their order does not matter).
     */
    public byte[] write(List<Question> questions, List<Topic> topics, Locale locale) {
        List<Question> ordered = questions.stream().sorted(ORDER).toList();
        return writer.write(ordered, topics, locale).getBytes(StandardCharsets.UTF_8);
    }

    /** The file name: {@code quiztrainer-<topic or bank>-<language>.<extension>}. */
    public String fileName(Optional<String> topic, Locale locale) {
        return "quiztrainer-" + topic.orElse("bank") + "-" + locale.getLanguage() + "." + extension;
    }

    /** The download for a code, if there is one. */
    public static Optional<Download> fromCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
    }
}
