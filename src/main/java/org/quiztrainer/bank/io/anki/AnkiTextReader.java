package org.quiztrainer.bank.io.anki;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quiztrainer.bank.io.Format;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportLimits;
import org.quiztrainer.bank.io.ImportOptions;
import org.quiztrainer.bank.io.ImportSource;
import org.quiztrainer.bank.io.Where;
import org.quiztrainer.bank.io.support.Messages;

/**
 * Reads Anki's text import format: the header ({@link AnkiTextHeader}), then one note per record
 * ({@link DelimitedRecords}). Without {@code #separator:} the delimiter is the first of tab, pipe, semicolon,
 * colon, comma, space found in the first 8 KiB, and without {@code #html:} the fields are HTML when one of the
 * first five records holds a tag, as Anki decides. The note type is the row's (notetype column), the file's
 * ({@code #notetype:}) or Basic; its cards are those Anki would make ({@link TextCards}).
 */
final class AnkiTextReader {

    private static final int PREVIEW_RECORDS = 5;
    private static final int SNIFF_CHARS = 8192;

    private final ImportOptions options;
    private final ImportLimits limits;

    AnkiTextReader(ImportOptions options) {
        this.options = options;
        this.limits = options.limits();
    }

    ImportDocument read(ImportSource source) throws IOException {
        long size = Files.size(source.file());
        if (size > limits.maxFileBytes()) {
            throw Messages.refusal(Where.line(1), "import.problem.anki.file-too-large", size, limits.maxFileBytes());
        }
        AnkiDocument doc = new AnkiDocument(Format.ANKI_TEXT, limits.maxItems());
        int line = 1;
        try (BufferedReader in = TextDecoding.open(source.file(), 1 << 16)) {
            AnkiTextHeader header = new AnkiTextHeader();
            line = readHeader(in, header);
            char delimiter = header.delimiter != null ? header.delimiter : sniff(in);
            DelimitedRecords records = new DelimitedRecords(in, delimiter, limits.maxLineChars(), line);
            List<DelimitedRecords.Record> preview = new ArrayList<>();
            DelimitedRecords.Record r;
            while (preview.size() < PREVIEW_RECORDS && (r = records.next()) != null) {
                preview.add(r);
            }
            boolean html = header.html != null
                    ? header.html
                    : preview.stream().flatMap(p -> p.fields().stream()).anyMatch(FieldHtml::isHtml);
            Rows rows = new Rows(header, columns(header, delimiter), html);
            NoteMapper mapper = new NoteMapper(options.language(), doc);
            Map<String, Integer> firstLines = new HashMap<>();
            int count = 0;
            for (int i = 0; ; i++) {
                r = i < preview.size() ? preview.get(i) : records.next();
                if (r == null) {
                    break;
                }
                line = r.line();
                if (++count > limits.maxItems()) {
                    throw Messages.refusal(
                            Where.line(line), "import.problem.anki.too-many-questions", limits.maxItems());
                }
                if (r.tooLong()) {
                    doc.problem(Messages.problem(
                            Where.line(line), "import.problem.anki.line-too-long", limits.maxLineChars()));
                    continue;
                }
                AnkiNote note = rows.note(r);
                if (note.guid().isEmpty() && !note.fields().isEmpty()) {
                    String key = note.type().name() + "\u001f"
                            + FieldHtml.text(note.fields().get(0)).strip();
                    Integer first = firstLines.putIfAbsent(key, line);
                    if (first != null && !FieldHtml.text(note.fields().get(0)).isBlank()) {
                        doc.skip(Messages.skip(Where.line(line), "import.skip.anki.duplicate", first));
                        continue;
                    }
                }
                for (int ord : TextCards.ords(note)) {
                    mapper.map(new AnkiCard(note, ord, rows.deck(r), note.where()));
                }
            }
        } catch (CharacterCodingException e) {
            doc.problem(Messages.problem(Where.line(line), "import.problem.anki.not-utf8"));
        }
        return doc.build();
    }

    /** Reads the header lines; returns the line number of the first record. */
    private int readHeader(BufferedReader in, AnkiTextHeader header) throws IOException {
        int line = 1;
        while (true) {
            in.mark(limits.maxLineChars() + 2);
            String text = boundedLine(in);
            if (text == null || !header.read(text, line == 1)) {
                in.reset();
                return line;
            }
            line++;
        }
    }

    private String boundedLine(BufferedReader in) throws IOException {
        StringBuilder out = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (out.length() > limits.maxLineChars()) {
                return null;
            }
            out.append((char) c);
        }
        if (c < 0 && out.length() == 0) {
            return null;
        }
        int end = out.length();
        return end > 0 && out.charAt(end - 1) == '\r' ? out.substring(0, end - 1) : out.toString();
    }

    private static char sniff(BufferedReader in) throws IOException {
        in.mark(SNIFF_CHARS + 1);
        char[] buf = new char[SNIFF_CHARS];
        int n = in.read(buf);
        in.reset();
        String head = n > 0 ? new String(buf, 0, n) : "";
        for (char d : AnkiTextHeader.DELIMITERS.values()) {
            if (head.indexOf(d) >= 0) {
                return d;
            }
        }
        return ' ';
    }

    private List<String> columns(AnkiTextHeader header, char delimiter) throws IOException {
        if (header.columnsLine == null) {
            return List.of();
        }
        var r = new DelimitedRecords(new StringReader(header.columnsLine), delimiter, limits.maxLineChars(), 1).next();
        return r == null ? List.of() : r.fields();
    }

    /** Turns records into notes: fields, note type, deck, tags and GUID by the header's columns. */
    private static final class Rows {
        private final AnkiTextHeader header;
        private final List<String> labels;
        private final boolean html;
        private final Map<String, NoteType> types = new HashMap<>();

        Rows(AnkiTextHeader header, List<String> labels, boolean html) {
            this.header = header;
            this.labels = labels;
            this.html = html;
        }

        AnkiNote note(DelimitedRecords.Record r) {
            List<Integer> meta = header.metaColumns();
            List<Integer> free = new ArrayList<>();
            for (int c = 1; c <= Math.max(r.fields().size(), labels.size()); c++) {
                if (!meta.contains(c)) {
                    free.add(c);
                }
            }
            String typeName = header.notetypeColumn > 0 ? col(r, header.notetypeColumn) : header.notetype;
            NoteType type = type(typeName == null ? "" : typeName, free.size());
            List<String> fields = new ArrayList<>();
            int tagsColumn = header.tagsColumn;
            if (header.notetypeColumn > 0 || type.templates().isEmpty()) {
                free.forEach(c -> fields.add(col(r, c)));
            } else {
                int last = 0;
                for (int i = 0; i < type.fields().size(); i++) {
                    int byName = labels.indexOf(type.fields().get(i)) + 1;
                    int c = byName > 0 && !meta.contains(byName) ? byName : i < free.size() ? free.get(i) : 0;
                    fields.add(c > 0 ? col(r, c) : "");
                    last = Math.max(last, c);
                }
                int max = last;
                if (tagsColumn == 0) {
                    tagsColumn = free.stream().filter(c -> c > max).findFirst().orElse(0);
                }
            }
            List<String> tags = new ArrayList<>();
            if (tagsColumn > 0) {
                for (String t : col(r, tagsColumn).strip().split("\\s+")) {
                    if (!t.isEmpty()) {
                        tags.add(t);
                    }
                }
            }
            tags.addAll(header.tags);
            String guid = header.guidColumn > 0 ? col(r, header.guidColumn).strip() : "";
            return new AnkiNote(guid, type, fields, tags, html, Where.line(r.line()));
        }

        List<String> deck(DelimitedRecords.Record r) {
            String name = header.deckColumn > 0 ? col(r, header.deckColumn) : header.deck;
            List<String> path = new ArrayList<>();
            if (name != null) {
                for (String part : name.split("::")) {
                    if (!part.isBlank()) {
                        path.add(part.strip());
                    }
                }
            }
            return path;
        }

        private NoteType type(String name, int fields) {
            return types.computeIfAbsent(name + "\u0000" + fields, k -> StockNoteTypes.forName(name, fields));
        }

        private static String col(DelimitedRecords.Record r, int column) {
            return column >= 1 && column <= r.fields().size() ? r.fields().get(column - 1) : "";
        }
    }
}
