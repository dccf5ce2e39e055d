package org.quiztrainer.bank.io.moodle;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.quiztrainer.bank.io.ExportNote;
import org.quiztrainer.bank.io.ExportReport;
import org.quiztrainer.bank.io.ExportRequest;
import org.quiztrainer.bank.io.ImportMedia;
import org.quiztrainer.bank.io.support.CategoryPath;
import org.quiztrainer.bank.io.support.ExportTopics;
import org.quiztrainer.bank.io.support.Messages;

/**
 * Writes Moodle XML in the request's language, as Moodle's own export does: a category question per topic
 * ({@code $course$/top/Title/Topic}), then each question with its name, text, general feedback (the
 * explanation), type-specific elements ({@link MoodleShapes}) and tags. HTML questions are written as
 * {@code format="html"} with their images embedded ({@code <file encoding="base64">}, referenced as
 * {@code @@PLUGINFILE@@/name}); plain ones as {@code plain_text}. The identity becomes the name, and also the
 * {@code <idnumber>} unless it is already the category path and name the reader would make of it.
 */
final class MoodleXmlWriter {

    private static final Pattern IMG =
            Pattern.compile("(<img\\b[^>]*?\\bsrc\\s*=\\s*\")([^\"]+)(\")", Pattern.CASE_INSENSITIVE);

    private final ExportRequest request;
    private final ExportTopics topics;
    private final List<ExportNote> notes = new ArrayList<>();
    private XMLStreamWriter xml;

    MoodleXmlWriter(ExportRequest request) {
        this.request = request;
        this.topics = new ExportTopics(request);
    }

    ExportReport write(OutputStream out) throws XMLStreamException {
        xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("quiz");
        MoodleShapes shapes = new MoodleShapes(this, request.locale());
        String category = null;
        int written = 0;
        for (ExportRequest.Entry e : request.questions()) {
            List<String> path = new ArrayList<>();
            if (!request.title().isBlank()) {
                path.add(request.title());
            }
            path.addAll(topics.path(e.question().topicId()));
            String next = CategoryPath.format(path);
            if (!next.equals(category)) {
                category = next;
                category(next);
            }
            if (shapes.write(e, path)) {
                written++;
            }
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        return new ExportReport(written, notes);
    }

    private void category(String path) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("question");
        xml.writeAttribute("type", "category");
        xml.writeStartElement("category");
        element("text", path);
        xml.writeEndElement();
        xml.writeStartElement("info");
        xml.writeAttribute("format", "html");
        element("text", "");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    XMLStreamWriter xml() {
        return xml;
    }

    void note(ExportRequest.Entry e, String key, Object... args) {
        notes.add(Messages.export(e.identity(), key, args));
    }

    /** {@code <name>text</name>}. */
    void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** A text element with its format, {@code <text>} and, for HTML, the images it shows. */
    void text(String name, String text, boolean html) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeAttribute("format", html ? "html" : "plain_text");
        List<ImportMedia> files = new ArrayList<>();
        String written = html ? embed(text, files) : text;
        element("text", written);
        for (ImportMedia f : files) {
            xml.writeStartElement("file");
            xml.writeAttribute("name", f.name());
            xml.writeAttribute("path", "/");
            xml.writeAttribute("encoding", "base64");
            xml.writeCharacters(java.util.Base64.getEncoder().encodeToString(f.bytes()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private String embed(String html, List<ImportMedia> files) {
        Matcher m = IMG.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String src = m.group(2);
            Optional<ImportMedia> file = src.contains(":") || src.startsWith("/")
                    ? Optional.empty()
                    : request.media().apply(src);
            String replaced = src;
            if (file.isPresent()) {
                if (files.stream().noneMatch(f -> f.name().equals(src))) {
                    files.add(file.get());
                }
                replaced = MoodleMedia.PLUGINFILE + MoodleMedia.encode(src);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + replaced + m.group(3)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
