package org.quiztrainer.bank.io.anki;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.quiztrainer.bank.io.Format;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportLimits;
import org.quiztrainer.bank.io.ImportOptions;
import org.quiztrainer.bank.io.ImportSource;
import org.quiztrainer.bank.io.Where;
import org.quiztrainer.bank.io.support.Messages;

/**
 * Reads an Anki package (.apkg, .colpkg) as Anki's {@code import_export/package} does: the {@code meta} entry
 * (a {@code PackageMetadata} message) names the collection, {@code collection.anki21b} (version 3, zstd, schema
 * 18), {@code collection.anki21} (2) or {@code collection.anki2} (1); without {@code meta}, {@code anki21} wins
 * over {@code anki2}. A {@code collection.anki2} beside a newer collection is Anki's placeholder for old versions
 * ("Please update to the latest Anki version") and is never read.
 *
 * <p>A bare collection file (what Anki 2.0 imported as {@code .anki2}: {@code collection.anki2},
 * {@code collection.anki21}, or a zstd-compressed {@code collection.anki21b}), recognised by the SQLite (or zstd)
 * header, is read the same way as the collection of a package without media.
 */
final class ApkgReader {

    static final String META = "meta";
    static final String LEGACY1 = "collection.anki2";
    static final String LEGACY2 = "collection.anki21";
    static final String LATEST = "collection.anki21b";
    private static final int META_BYTES = 1024;
    private static final byte[] SQLITE = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final ImportOptions options;

    ApkgReader(ImportOptions options) {
        this.options = options;
    }

    ImportDocument read(ImportSource source) throws IOException {
        AnkiDocument doc = new AnkiDocument(Format.APKG, options.limits().maxItems());
        byte[] head;
        try (InputStream in = Files.newInputStream(source.file())) {
            head = in.readNBytes(SQLITE.length);
        }
        if (sqlite(head) || zstd(head)) {
            return bare(source, doc, zstd(head));
        }
        try (PackageZip zip = PackageZip.open(source.file(), options.limits())) {
            if (zip == null) {
                doc.problem(Messages.problem(Where.entry("package"), "import.problem.anki.not-a-zip"));
                return doc.build();
            }
            int version = version(zip, doc);
            if (version <= 0) {
                return doc.build();
            }
            String name = version == 3 ? LATEST : version == 2 ? LEGACY2 : LEGACY1;
            if (!zip.has(name)) {
                doc.problem(Messages.problem(Where.entry(name), "import.problem.anki.missing-collection", name));
                return doc.build();
            }
            if (version > 1 && zip.has(LEGACY1)) {
                doc.skip(Messages.skip(Where.entry(LEGACY1), "import.skip.anki.placeholder"));
            }
            PackageMedia media = new PackageMedia(zip, version == 3, options.limits(), doc);
            doc.available(media.names());
            try (InputStream in = zip.open(name, version == 3);
                    CollectionFile collection = CollectionFile.copy(in)) {
                read(collection, doc, version == 1, name);
            }
            if (!doc.hasProblems()) {
                media.read();
            }
        }
        return doc.build();
    }

    /** A bare collection file: SQLite, or SQLite in one zstd frame; its images are not in it. */
    private ImportDocument bare(ImportSource source, AnkiDocument doc, boolean zstd) throws IOException {
        long size = Files.size(source.file());
        ImportLimits limits = options.limits();
        if (size > limits.maxFileBytes()) {
            throw Messages.refusal(
                    Where.entry("collection"), "import.problem.anki.file-too-large", size, limits.maxFileBytes());
        }
        String name =
                zstd ? LATEST : source.fileName() == null || source.fileName().isBlank() ? LEGACY1 : source.fileName();
        try (InputStream in = PackageZip.bounded(Files.newInputStream(source.file()), name, size, zstd, limits);
                CollectionFile collection = CollectionFile.copy(in)) {
            if (!collection.isSqlite()) {
                doc.problem(Messages.problem(Where.entry(name), "import.problem.anki.not-a-collection"));
                return doc.build();
            }
            read(collection, doc, true, name);
        }
        if (!doc.hasProblems()) {
            doc.images()
                    .forEach(image -> doc.skip(
                            Messages.skip(Where.entry("media " + image), "import.skip.anki.missing-media", image)));
        }
        return doc.build();
    }

    /** Whether bytes start with the SQLite header, {@code "SQLite format 3\0"}. */
    static boolean sqlite(byte[] head) {
        return head.length >= SQLITE.length && Arrays.equals(head, 0, SQLITE.length, SQLITE, 0, SQLITE.length);
    }

    /** Whether bytes start with the magic number of a zstd frame. */
    static boolean zstd(byte[] head) {
        return head.length >= 4
                && (head[0] & 0xff) == 0x28
                && (head[1] & 0xff) == 0xb5
                && (head[2] & 0xff) == 0x2f
                && (head[3] & 0xff) == 0xfd;
    }

    private void read(CollectionFile collection, AnkiDocument doc, boolean legacy1, String name) throws IOException {
        try {
            Connection db = collection.connection();
            if (!hasTables(db)) {
                doc.problem(Messages.problem(Where.entry(name), "import.problem.anki.not-a-collection"));
                return;
            }
            CollectionModel model = CollectionModel.read(db);
            if (model.version() < 11 || model.version() > 18) {
                doc.problem(Messages.problem(Where.entry(name), "import.problem.anki.schema-version", model.version()));
                return;
            }
            new CollectionReader(db, doc, options, legacy1).read(model);
        } catch (SQLException | CollectionModel.BadCollectionException e) {
            doc.problem(Messages.problem(Where.entry(name), "import.problem.anki.corrupt-collection", e.getMessage()));
        }
    }

    /** Whether {@code col}, {@code notes}, {@code cards} and {@code revlog} are tables (not views or missing). */
    private static boolean hasTables(Connection db) throws SQLException {
        Map<String, String> types = new HashMap<>();
        try (PreparedStatement s = db.prepareStatement(
                "select name, type from sqlite_master where name in ('col', 'notes', 'cards', 'revlog')")) {
            s.setQueryTimeout(CollectionFile.QUERY_SECONDS);
            ResultSet r = s.executeQuery();
            while (r.next()) {
                types.put(r.getString(1), r.getString(2));
            }
        }
        return types.size() == 4 && types.values().stream().allMatch("table"::equals);
    }

    /** The package version, from {@code meta} or the collection files present; 0 after a problem. */
    private static int version(PackageZip zip, AnkiDocument doc) throws IOException {
        if (zip.has(META)) {
            byte[] meta;
            try (InputStream in = zip.open(META, false)) {
                meta = in.readNBytes(META_BYTES + 1);
            }
            long version;
            try {
                version = meta.length > META_BYTES ? -1 : Proto.varint(meta, 1, 0);
            } catch (Proto.MalformedException e) {
                version = -1;
            }
            if (version < 1 || version > 3) {
                doc.problem(Messages.problem(Where.entry(META), "import.problem.anki.unknown-version", version));
                return 0;
            }
            return (int) version;
        }
        if (zip.has(LEGACY2)) {
            return 2;
        }
        if (zip.has(LEGACY1)) {
            return 1;
        }
        doc.problem(Messages.problem(Where.entry("package"), "import.problem.anki.no-collection"));
        return 0;
    }
}
