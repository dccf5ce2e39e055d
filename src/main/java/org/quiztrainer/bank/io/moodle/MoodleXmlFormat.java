package org.quiztrainer.bank.io.moodle;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import org.quiztrainer.bank.io.BankFormat;
import org.quiztrainer.bank.io.ExportReport;
import org.quiztrainer.bank.io.ExportRequest;
import org.quiztrainer.bank.io.Format;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportOptions;
import org.quiztrainer.bank.io.ImportSource;
import org.quiztrainer.bank.io.Where;
import org.quiztrainer.bank.io.support.DocumentBuilder;
import org.quiztrainer.bank.io.support.Messages;
import org.quiztrainer.bank.io.support.TextInput;

/**
 * Moodle XML ({@code <quiz><question type="...">}; reference: Moodle's {@code question/format/xml/format.php}),
 * read one question at a time with StAX, with DTDs and entities refused and nesting bounded (see
 * {@link MoodleXmlReader}). Malformed XML is a problem at its line; the questions before it stay listed so
 * the preview shows how far the file is fine.
 */
public final class MoodleXmlFormat implements BankFormat {

    @Override
    public Format format() {
        return Format.MOODLE_XML;
    }

    /** Certain for a {@code <quiz>} document; possible for any {@code .xml}. */
    @Override
    public int detect(String fileName, byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.contains("<quiz>") || text.contains("<quiz ")) {
            return text.contains("<question") ? 98 : 90;
        }
        return fileName.toLowerCase(Locale.ROOT).endsWith(".xml") ? 30 : 0;
    }

    @Override
    public ImportDocument read(ImportSource source, ImportOptions options) throws IOException {
        TextInput.checkSize(source, options.limits());
        DocumentBuilder doc = new DocumentBuilder(Format.MOODLE_XML, options.limits(), true);
        MoodleQuestions questions = new MoodleQuestions(options, doc);
        MoodleXmlReader reader = null;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(source.file()), 64 * 1024)) {
            reader = new MoodleXmlReader(in, options.limits());
            for (XmlNode q = reader.next(); q != null; q = reader.next()) {
                questions.add(q);
            }
            reader.close();
        } catch (XMLStreamException e) {
            int line = e.getLocation() != null ? e.getLocation().getLineNumber() : reader == null ? 1 : reader.line();
            doc.problem(Messages.problem(Where.line(Math.max(1, line)), "import.problem.moodle.malformed", message(e)));
        }
        return doc.build();
    }

    /** The parser's reason without its location prefix. */
    private static String message(XMLStreamException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        int at = m.lastIndexOf("Message: ");
        return (at >= 0 ? m.substring(at + "Message: ".length()) : m).strip();
    }

    @Override
    public void write(ExportRequest request, OutputStream out) throws IOException {
        export(request, out);
    }

    @Override
    public ExportReport export(ExportRequest request, OutputStream out) throws IOException {
        try {
            return new MoodleXmlWriter(request).write(out);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
