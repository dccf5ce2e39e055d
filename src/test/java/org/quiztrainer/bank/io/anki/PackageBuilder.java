package org.quiztrainer.bank.io.anki;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.luben.zstd.Zstd;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.sqlite.Collation;

/**
 * Builds Anki packages for tests with Anki's real schemas: legacy ({@code collection.anki2} or {@code .anki21},
 * schema 11, JSON in {@code col}) and current ({@code collection.anki21b}, schema 18 tables with protocol buffer
 * configs, zstd, {@code meta}, a {@code MediaEntries} list, the placeholder {@code collection.anki2} beside it).
 */
final class PackageBuilder {

    private final boolean latest;
    private long crt = 1_700_000_000L;
    private final Map<String, Object> conf =
            new LinkedHashMap<>(Map.of("schedVer", 2, "rollover", 4, "creationOffset", -480));
    private final List<NoteType> types = new ArrayList<>();
    private final Map<Long, String> decks = new LinkedHashMap<>(Map.of(1L, "Default"));
    private final List<Object[]> notes = new ArrayList<>();
    private final List<Object[]> cards = new ArrayList<>();
    private final List<long[]> revlog = new ArrayList<>();
    private final Map<String, byte[]> media = new LinkedHashMap<>();
    private final Map<String, byte[]> extra = new LinkedHashMap<>();
    private long nextId = 1_600_000_000_000L;

    private PackageBuilder(boolean latest) {
        this.latest = latest;
    }

    static PackageBuilder legacy() {
        return new PackageBuilder(false);
    }

    static PackageBuilder latest() {
        return new PackageBuilder(true);
    }

    PackageBuilder crt(long secs) {
        crt = secs;
        return this;
    }

    PackageBuilder conf(String key, Object value) {
        if (value == null) {
            conf.remove(key);
        } else {
            conf.put(key, value);
        }
        return this;
    }

    NoteType noteType(NoteType t) {
        types.add(t);
        return t;
    }

    long deck(String name) {
        long id = nextId++;
        decks.put(id, name);
        return id;
    }

    long note(String guid, NoteType type, String tags, String... fields) {
        long id = nextId++;
        notes.add(new Object[] {id, guid, type.id(), tags, String.join("\u001f", fields)});
        return id;
    }

    /** A card: {@code type}, {@code queue}, {@code due} as Anki stores them. */
    long card(long nid, int ord, long did, int type, int queue, long due) {
        return card(nid, ord, did, type, queue, due, 0, 0);
    }

    long card(long nid, int ord, long did, int type, int queue, long due, long odue, long odid) {
        long id = nextId++;
        cards.add(new Object[] {id, nid, did, ord, type, queue, due, odue, odid});
        return id;
    }

    PackageBuilder review(long cid, long atMillis, int ease, int timeMs, int type, int factor) {
        revlog.add(new long[] {atMillis, cid, ease, timeMs, type, factor});
        return this;
    }

    PackageBuilder media(String name, byte[] bytes) {
        media.put(name, bytes);
        return this;
    }

    /** An entry written as is, e.g. a hostile name. */
    PackageBuilder entry(String name, byte[] bytes) {
        extra.put(name, bytes);
        return this;
    }

    void write(Path file) throws IOException, SQLException {
        Path db = Files.createTempFile(file.getParent(), "col", ".db");
        Files.delete(db);
        collection(db, latest);
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            if (latest) {
                put(zip, "meta", new Proto.Writer().varint(1, 3).toBytes());
                put(zip, "collection.anki21b", Zstd.compress(Files.readAllBytes(db)));
                Path dummy = Files.createTempFile(file.getParent(), "dummy", ".db");
                Files.delete(dummy);
                PackageBuilder placeholder = legacy();
                NoteType basic = placeholder.noteType(StockNoteTypes.basic(1L, "Basic"));
                long nid = placeholder.note(
                        "dummy",
                        basic,
                        "",
                        CollectionReader.PLACEHOLDER + ", then import the .colpkg/.apkg file again.",
                        "");
                placeholder.card(nid, 0, 1, 0, 0, 1);
                placeholder.collection(dummy, false);
                put(zip, "collection.anki2", Files.readAllBytes(dummy));
                Files.delete(dummy);
                Proto.Writer list = new Proto.Writer();
                int i = 0;
                for (Map.Entry<String, byte[]> m : media.entrySet()) {
                    list.bytes(
                            1,
                            new Proto.Writer()
                                    .string(1, m.getKey())
                                    .varint(2, m.getValue().length)
                                    .toBytes());
                    put(zip, String.valueOf(i++), Zstd.compress(m.getValue()));
                }
                put(zip, "media", Zstd.compress(list.toBytes()));
            } else {
                put(zip, "collection.anki2", Files.readAllBytes(db));
                ObjectNode map = LegacyJson.JSON.createObjectNode();
                int i = 0;
                for (Map.Entry<String, byte[]> m : media.entrySet()) {
                    map.put(String.valueOf(i), m.getKey());
                    put(zip, String.valueOf(i++), m.getValue());
                }
                put(zip, "media", map.toString().getBytes(StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, byte[]> e : extra.entrySet()) {
                put(zip, e.getKey(), e.getValue());
            }
        }
        Files.delete(db);
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private void collection(Path db, boolean schema18) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            Collation.create(c, "unicase", new Collation() {
                @Override
                protected int xCompare(String a, String b) {
                    return a.compareToIgnoreCase(b);
                }
            });
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String ddl : LegacySchema.DDL) {
                    s.execute(ddl);
                }
                if (schema18) {
                    for (String ddl : SCHEMA_18) {
                        s.execute(ddl);
                    }
                }
            }
            ObjectNode models = LegacyJson.JSON.createObjectNode();
            ObjectNode deckJson = LegacyJson.JSON.createObjectNode();
            if (schema18) {
                schema18Tables(c);
            } else {
                types.forEach(t -> models.set(String.valueOf(t.id()), LegacyJson.noteType(t, crt)));
                decks.forEach((id, name) -> deckJson.set(String.valueOf(id), LegacyJson.deck(id, name, crt)));
            }
            try (PreparedStatement p = c.prepareStatement("insert into col values (1,?,0,0,?,0,0,0,?,?,?,?,'{}')")) {
                p.setLong(1, crt);
                p.setInt(2, schema18 ? 18 : 11);
                p.setString(3, schema18 ? "" : LegacyJson.JSON.valueToTree(conf).toString());
                p.setString(4, schema18 ? "" : models.toString());
                p.setString(5, schema18 ? "" : deckJson.toString());
                p.setString(6, schema18 ? "" : "{}");
                p.executeUpdate();
            }
            rows(c, "insert into notes values (?,?,?,0,0,?,?,'',0,0,'')", notes);
            rows(c, "insert into cards values (?,?,?,?,0,0,?,?,?,0,0,0,0,0,?,?,0,'')", cards);
            try (PreparedStatement p = c.prepareStatement("insert into revlog values (?,?,0,?,0,0,?,?,?)")) {
                for (long[] r : revlog) {
                    p.setLong(1, r[0]);
                    p.setLong(2, r[1]);
                    p.setLong(3, r[2]);
                    p.setLong(4, r[5]);
                    p.setLong(5, r[3]);
                    p.setLong(6, r[4]);
                    p.addBatch();
                }
                p.executeBatch();
            }
            c.commit();
        }
    }

    private void schema18Tables(Connection c) throws SQLException {
        for (NoteType t : types) {
            byte[] config = new Proto.Writer()
                    .varint(1, t.cloze() ? 1 : 0)
                    .string(3, LegacyJson.CSS)
                    .varint(9, t.stockKind())
                    .toBytes();
            rows(c, "insert into notetypes values (?,?,0,0,?)", List.<Object[]>of(new Object[] {t.id(), t.name(), config
            }));
            for (int i = 0; i < t.fields().size(); i++) {
                rows(c, "insert into fields values (?,?,?,?)", List.<Object[]>of(new Object[] {
                    t.id(), i, t.fields().get(i), new byte[0]
                }));
            }
            for (NoteType.Template tm : t.templates()) {
                byte[] tc = new Proto.Writer()
                        .string(1, tm.qfmt())
                        .string(2, tm.afmt())
                        .toBytes();
                rows(c, "insert into templates values (?,?,?,0,0,?)", List.<Object[]>of(new Object[] {
                    t.id(), tm.ord(), tm.name(), tc
                }));
            }
        }
        for (Map.Entry<Long, String> d : decks.entrySet()) {
            byte[] kind = new Proto.Writer()
                    .bytes(1, new Proto.Writer().varint(1, 1).toBytes())
                    .toBytes();
            rows(c, "insert into decks values (?,?,0,0,?,?)", List.<Object[]>of(new Object[] {
                d.getKey(), d.getValue().replace("::", "\u001f"), new byte[0], kind
            }));
        }
        for (Map.Entry<String, Object> e : conf.entrySet()) {
            byte[] val = String.valueOf(e.getValue()).getBytes(StandardCharsets.UTF_8);
            rows(c, "insert into config values (?,0,0,?)", List.<Object[]>of(new Object[] {e.getKey(), val}));
        }
    }

    private static void rows(Connection c, String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    p.setObject(i + 1, row[i]);
                }
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** Anki's schema 14, 15, 17 and 18 additions ({@code rslib/src/storage/upgrades/}). */
    private static final List<String> SCHEMA_18 = List.of(
            "create table deck_config (id integer primary key not null, name text not null collate unicase,"
                    + " mtime_secs integer not null, usn integer not null, config blob not null)",
            "create table config (KEY text not null primary key, usn integer not null, mtime_secs integer not null,"
                    + " val blob not null) without rowid",
            "create table fields (ntid integer not null, ord integer not null, name text not null collate unicase,"
                    + " config blob not null, primary key (ntid, ord)) without rowid",
            "create unique index idx_fields_name_ntid on fields (name, ntid)",
            "create table templates (ntid integer not null, ord integer not null, name text not null collate unicase,"
                    + " mtime_secs integer not null, usn integer not null, config blob not null,"
                    + " primary key (ntid, ord)) without rowid",
            "create unique index idx_templates_name_ntid on templates (name, ntid)",
            "create table notetypes (id integer not null primary key, name text not null collate unicase,"
                    + " mtime_secs integer not null, usn integer not null, config blob not null)",
            "create unique index idx_notetypes_name on notetypes (name)",
            "create table decks (id integer primary key not null, name text not null collate unicase,"
                    + " mtime_secs integer not null, usn integer not null, common blob not null, kind blob not null)",
            "create unique index idx_decks_name on decks (name)",
            "create table tags (tag text not null primary key collate unicase, usn integer not null,"
                    + " collapsed boolean not null, config blob null) without rowid",
            "drop table graves",
            "create table graves (oid integer not null, type integer not null, usn integer not null,"
                    + " primary key (oid, type)) without rowid");
}
