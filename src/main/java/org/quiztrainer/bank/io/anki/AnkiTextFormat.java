package org.quiztrainer.bank.io.anki;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.quiztrainer.bank.io.BankFormat;
import org.quiztrainer.bank.io.ExportRequest;
import org.quiztrainer.bank.io.Format;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportOptions;
import org.quiztrainer.bank.io.ImportSource;

/**
 * Anki's text format: what File &gt; Export &gt; Notes in Plain Text writes and File &gt; Import reads
 * ({@link AnkiTextReader}, {@link AnkiTextWriter}).
 */
public final class AnkiTextFormat implements BankFormat {

    private static final String[] HEADER_KEYS = {
        "#separator:",
        "#html:",
        "#tags:",
        "#columns:",
        "#notetype:",
        "#deck:",
        "#notetype column:",
        "#deck column:",
        "#tags column:",
        "#guid column:"
    };

    @Override
    public Format format() {
        return Format.ANKI_TEXT;
    }

    /** Certain of a file that opens with Anki's header lines; a little inclined towards any {@code .txt}. */
    @Override
    public int detect(String fileName, byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String key : HEADER_KEYS) {
            if (lower.startsWith(key)) {
                return key.equals("#separator:") || key.equals("#html:") || key.endsWith("column:") ? 95 : 80;
            }
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") && text.indexOf('\t') >= 0 ? 15 : 0;
    }

    @Override
    public ImportDocument read(ImportSource source, ImportOptions options) throws IOException {
        return new AnkiTextReader(options).read(source);
    }

    @Override
    public void write(ExportRequest request, OutputStream out) throws IOException {
        AnkiTextWriter.write(request, out);
    }
}
