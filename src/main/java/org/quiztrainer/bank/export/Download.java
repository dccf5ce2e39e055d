package org.quiztrainer.bank.export;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import org.quiztrainer.bank.Question;

/**
 * The bank's downloads, one code path for the app's download links and {@code scripts/bank export}: the
 * questions ordered by topic, then id, written by the format's writer in one language, as UTF-8 bytes.
 */
public enum Download {
    GIFT("gift", "gift", "text/plain", GiftWriter::write),
    ANKI("anki", "txt", "text/tab-separated-values", AnkiWriter::write);

    /** The order of a download: by topic, then by question id. */
    public static final Comparator<Question> ORDER =
            Comparator.comparing(Question::topicId).thenComparing(Question::id);

    private final String code;
    private final String extension;
    private final String mime;
    private final BiFunction<List<Question>, Locale, String> writer;

    Download(String code, String extension, String mime, BiFunction<List<Question>, Locale, String> writer) {
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

    /** The file: the questions in {@link #ORDER}, in the language of {@code locale}, as UTF-8. */
    public byte[] write(List<Question> questions, Locale locale) {
        List<Question> ordered = questions.stream().sorted(ORDER).toList();
        return writer.apply(ordered, locale).getBytes(StandardCharsets.UTF_8);
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
