package org.quiztrainer.bank.io.anki;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.quiztrainer.bank.io.ExportRequest;

/**
 * Writes Anki's "Notes in Plain Text" format as Anki's own export does ({@code text/csv/export.rs}): tab
 * separated, a header naming the GUID, note type, deck and tags columns, one note per line, the note type's
 * fields, then the hidden {@link QuestionData} column that Anki's importer drops (a note type with two fields
 * takes two columns) and that this app reads back. Fields are quoted as the Rust {@code csv} crate does: when
 * they hold a tab, a quote, a line break or begin with {@code #}. Plain text when no question is HTML
 * ({@code #html:false}), HTML otherwise.
 */
final class AnkiTextWriter {

    private static final List<String> COLUMNS =
            List.of("guid", "notetype", "deck", "field 1", "field 2", QuestionData.FIELD, "tags");

    private AnkiTextWriter() {}

    static void write(ExportRequest request, OutputStream out) throws IOException {
        boolean html = request.questions().stream().anyMatch(ExportRequest.Entry::html);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("#separator:tab\n");
        w.write("#html:" + html + "\n");
        w.write("#guid column:1\n");
        w.write("#notetype column:2\n");
        w.write("#deck column:3\n");
        w.write("#tags column:" + COLUMNS.size() + "\n");
        w.write("#columns:" + String.join("\t", COLUMNS) + "\n");
        for (ExportNote note : new ExportNotes(request, html).notes()) {
            List<String> row = new ArrayList<>();
            row.add(note.guid());
            row.add(note.kind().stockName());
            row.add(String.join("::", note.cards().get(0).deckPath()));
            row.addAll(note.fields());
            row.add(note.data());
            row.add(String.join(" ", note.tags()));
            w.write(String.join("\t", row.stream().map(AnkiTextWriter::quoted).toList()));
            w.write("\n");
        }
        w.flush();
    }

    /** A field as the {@code csv} crate writes it: quoted, with quotes doubled, when it needs to be. */
    static String quoted(String field) {
        boolean needs = field.startsWith("#")
                || field.indexOf('\t') >= 0
                || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return needs ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
