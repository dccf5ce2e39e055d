package org.quiztrainer.bank.io.anki;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.quiztrainer.bank.io.ExportRequest;
import org.quiztrainer.bank.io.ImportMedia;

/**
 * Writes an .apkg that current Anki imports: {@code meta} (version 2, legacy), {@code collection.anki21} (a
 * schema 11 SQLite collection: Anki's tables, note types, decks and settings as JSON in {@code col}), the
 * {@code media} map as JSON and the images the questions show as entries {@code 0}, {@code 1}, ... Note types are
 * Anki's Basic, Basic (and reversed card), Basic (type in the answer) and Cloze with the hidden
 * {@link QuestionData#FIELD}; decks are the topic paths under the bank's title; every card is new.
 */
final class ApkgWriter {

    /** Fixed note type ids, so that a second export updates the note types Anki made from the first. */
    private static final Map<ExportNote.Kind, NoteType> TYPES = noteTypes();

    private final Clock clock;

    ApkgWriter(Clock clock) {
        this.clock = clock;
    }

    void write(ExportRequest request, OutputStream out) throws IOException {
        List<ExportNote> notes = new ExportNotes(request, true).notes();
        Path db = Files.createTempFile("quiztrainer-export-", ".anki21");
        try {
            Map<String, String> media = collection(db, notes, request);
            zip(db, media, request, out);
        } catch (SQLException e) {
            throw new IOException("cannot write the Anki collection", e);
        } finally {
            Files.deleteIfExists(db);
            Files.deleteIfExists(Path.of(db + "-journal"));
        }
    }

    /** Writes the collection; returns the images to include, by zip entry. */
    private Map<String, String> collection(Path file, List<ExportNote> notes, ExportRequest request)
            throws SQLException {
        long now = clock.millis();
        long secs = now / 1000;
        Map<String, Long> decks = new LinkedHashMap<>();
        Set<ExportNote.Kind> kinds = new LinkedHashSet<>();
        Set<String> images = new LinkedHashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String ddl : LegacySchema.DDL) {
                    s.execute(ddl);
                }
            }
            try (PreparedStatement n = c.prepareStatement("insert into notes values (?,?,?,?,0,?,?,?,?,0,'')");
                    PreparedStatement k =
                            c.prepareStatement("insert into cards values (?,?,?,?,?,0,0,0,?,0,0,0,0,0,0,0,0,'')")) {
                long noteId = now;
                long cardId = now;
                for (ExportNote note : notes) {
                    NoteType type = TYPES.get(note.kind());
                    kinds.add(note.kind());
                    List<String> fields = new ArrayList<>(note.fields());
                    fields.add(note.data());
                    fields.forEach(f -> images.addAll(FieldHtml.images(f)));
                    String first = FieldHtml.text(fields.get(0));
                    n.setLong(1, ++noteId);
                    n.setString(2, note.guid());
                    n.setLong(3, type.id());
                    n.setLong(4, secs);
                    n.setString(5, note.tags().isEmpty() ? "" : " " + String.join(" ", note.tags()) + " ");
                    n.setString(6, String.join("\u001f", fields));
                    n.setString(7, first);
                    n.setLong(8, checksum(first));
                    n.addBatch();
                    for (ExportNote.Card card : note.cards()) {
                        long deck = deck(decks, card.deckPath());
                        k.setLong(1, ++cardId);
                        k.setLong(2, noteId);
                        k.setLong(3, deck);
                        k.setInt(4, card.ord());
                        k.setLong(5, secs);
                        k.setLong(6, noteId - now);
                        k.addBatch();
                    }
                }
                n.executeBatch();
                k.executeBatch();
            }
            ObjectNode models = LegacyJson.JSON.createObjectNode();
            kinds.forEach(kind ->
                    models.set(String.valueOf(TYPES.get(kind).id()), LegacyJson.noteType(TYPES.get(kind), secs)));
            ObjectNode deckJson = LegacyJson.JSON.createObjectNode();
            deckJson.set("1", LegacyJson.deck(1, "Default", secs));
            decks.forEach((name, id) -> deckJson.set(String.valueOf(id), LegacyJson.deck(id, name, secs)));
            try (PreparedStatement col = c.prepareStatement("insert into col values (1,?,?,?,11,0,0,0,?,?,?,?,'{}')")) {
                col.setLong(1, secs - Math.floorMod(secs, 86_400) + 4 * 3600);
                col.setLong(2, now);
                col.setLong(3, now);
                col.setString(
                        4,
                        LegacyJson.config(TYPES.get(ExportNote.Kind.BASIC).id()).toString());
                col.setString(5, models.toString());
                col.setString(6, deckJson.toString());
                col.setString(7, LegacyJson.deckConfigs(secs).toString());
                col.executeUpdate();
            }
            c.commit();
        }
        Map<String, String> media = new LinkedHashMap<>();
        for (String image : images) {
            if (PackageZip.safe(image) && !image.contains("/")) {
                media.put(String.valueOf(media.size()), image);
            }
        }
        return media;
    }

    private void zip(Path db, Map<String, String> media, ExportRequest request, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry(ApkgReader.META));
        zip.write(new Proto.Writer().varint(1, 2).toBytes());
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(ApkgReader.LEGACY2));
        Files.copy(db, zip);
        zip.closeEntry();
        ObjectNode map = LegacyJson.JSON.createObjectNode();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : media.entrySet()) {
            Optional<ImportMedia> file = request.media().apply(e.getValue());
            if (file.isPresent()) {
                String entry = String.valueOf(files.size());
                files.put(entry, file.get().bytes());
                map.put(entry, e.getValue());
            }
        }
        zip.putNextEntry(new ZipEntry("media"));
        zip.write(map.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            zip.putNextEntry(new ZipEntry(f.getKey()));
            zip.write(f.getValue());
            zip.closeEntry();
        }
        zip.finish();
    }

    /** The deck of a path, made with its parents when new; ids are stable for a name. */
    private static long deck(Map<String, Long> decks, List<String> path) {
        String name = "";
        long id = 1;
        for (String part : path) {
            name = name.isEmpty() ? part : name + "::" + part;
            id = decks.computeIfAbsent(name, ApkgWriter::deckId);
        }
        return id;
    }

    private static long deckId(String name) {
        return 1_500_000_000_000L + (sha1(name) & 0xffff_ffffL);
    }

    /** Anki's field checksum: the first 4 bytes of the SHA-1 of the first field's text, as an integer. */
    private static long checksum(String text) {
        return sha1(text) & 0xffff_ffffL;
    }

    private static long sha1(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return ((long) (d[0] & 0xff) << 24) | ((d[1] & 0xff) << 16) | ((d[2] & 0xff) << 8) | (d[3] & 0xff);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<ExportNote.Kind, NoteType> noteTypes() {
        Map<ExportNote.Kind, NoteType> m = new EnumMap<>(ExportNote.Kind.class);
        m.put(ExportNote.Kind.BASIC, withData(StockNoteTypes.basic(1_700_000_000_101L, "Basic (Quiz Trainer)")));
        m.put(
                ExportNote.Kind.REVERSED,
                withData(StockNoteTypes.reversed(1_700_000_000_102L, "Basic and reversed (Quiz Trainer)")));
        m.put(
                ExportNote.Kind.TYPING,
                withData(StockNoteTypes.typing(1_700_000_000_104L, "Type in the answer (Quiz Trainer)")));
        m.put(ExportNote.Kind.CLOZE, withData(StockNoteTypes.cloze(1_700_000_000_105L, "Cloze (Quiz Trainer)", false)));
        m.put(
                ExportNote.Kind.CLOZE_TYPED,
                withData(StockNoteTypes.cloze(1_700_000_000_106L, "Typed cloze (Quiz Trainer)", true)));
        return m;
    }

    private static NoteType withData(NoteType t) {
        List<String> fields = new ArrayList<>(t.fields());
        fields.add(QuestionData.FIELD);
        return new NoteType(t.id(), t.name(), t.cloze(), t.stockKind(), fields, t.templates());
    }
}
