package org.quiztrainer.bank.io.anki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportLimitException;
import org.quiztrainer.bank.io.ImportLimits;
import org.quiztrainer.bank.io.ImportOptions;
import org.quiztrainer.bank.io.ImportSource;

/** Hostile and broken packages: each refused or reported with a clear message, nothing kept on disk. */
class HostilePackageTest {

    @TempDir
    Path dir;

    private final ApkgFormat format = new ApkgFormat();

    private ImportDocument read(Path file, ImportOptions options) throws IOException {
        return format.read(new ImportSource(file, file.getFileName().toString()), options);
    }

    private static void assertRefused(ThrowingRead read, String key) {
        assertThatThrownBy(read::run)
                .isInstanceOfSatisfying(
                        ImportLimitException.class,
                        e -> assertThat(e.problem().key()).isEqualTo(key));
    }

    private interface ThrowingRead {
        void run() throws Exception;
    }

    private Path zip(String name, EntryWriter content) throws IOException {
        Path file = dir.resolve(name.replaceAll("[^a-z0-9]", "_") + ".apkg");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            content.write(zip);
        }
        return file;
    }

    private interface EntryWriter {
        void write(ZipOutputStream zip) throws IOException;
    }

    private static long temporaryFiles() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("quiztrainer-anki-"))
                    .count();
        }
    }

    @Test
    void aDeflateZipBombIsRefusedFromItsHeadersBeforeAnythingIsRead() throws IOException {
        Path bomb = zip("bomb", z -> {
            z.putNextEntry(new ZipEntry("collection.anki2"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 256; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        });
        assertThat(Files.size(bomb)).isLessThan(1 << 20);

        assertRefused(() -> read(bomb, ImportOptions.DEFAULTS), "import.problem.anki.zip-bomb");
    }

    @Test
    void aZstdBombInsideAStoredEntryIsStoppedWhileStreaming() throws IOException {
        long before = temporaryFiles();
        Path bomb = zip("zstd", z -> {
            z.putNextEntry(new ZipEntry("meta"));
            z.write(new Proto.Writer().varint(1, 3).toBytes());
            z.closeEntry();
            z.putNextEntry(new ZipEntry("collection.anki21b"));
            ZstdOutputStream zstd = new ZstdOutputStream(new NonClosing(z));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 1024; i++) {
                zstd.write(zeros);
            }
            zstd.close();
            z.closeEntry();
        });
        assertThat(Files.size(bomb)).as("a gigabyte in a small file").isLessThan(1 << 20);

        assertRefused(() -> read(bomb, ImportOptions.DEFAULTS), "import.problem.anki.zip-bomb");
        assertThat(temporaryFiles()).as("the extracted collection is deleted").isEqualTo(before);
    }

    @Test
    void theTotalExpandedSizeIsBounded() throws IOException {
        byte[] random = new byte[300_000];
        new Random(1).nextBytes(random);
        Path file = zip("total", z -> {
            for (int i = 0; i < 5; i++) {
                z.putNextEntry(new ZipEntry(String.valueOf(i)));
                z.write(random);
                z.closeEntry();
            }
        });
        ImportLimits small = new ImportLimits(1 << 30, 100, 1_000_000, 200, 1000, 1000, 10, 1000, 1000);

        assertRefused(() -> read(file, options(small)), "import.problem.anki.too-large-expanded");
    }

    @Test
    void entriesLeavingThePackageAreRefused() throws IOException {
        for (String name : new String[] {"../../x", "/etc/passwd", "media/../../x", "C:/x", "a\\..\\b"}) {
            Path file = zip(name, z -> {
                z.putNextEntry(new ZipEntry(name));
                z.write(1);
                z.closeEntry();
            });
            assertRefused(() -> read(file, ImportOptions.DEFAULTS), "import.problem.anki.unsafe-entry");
        }
    }

    @Test
    void tooManyEntriesAreRefusedBeforeReading() throws IOException {
        Path file = zip("many", z -> {
            for (int i = 0; i < 11; i++) {
                z.putNextEntry(new ZipEntry(String.valueOf(i)));
                z.closeEntry();
            }
        });
        ImportLimits ten = new ImportLimits(1 << 30, 10, 1 << 30, 200, 1000, 1000, 10, 1000, 1000);

        assertRefused(() -> read(file, options(ten)), "import.problem.anki.too-many-entries");
    }

    @Test
    void aCorruptDatabaseANonZipAndAViewInPlaceOfATableAreProblems() throws Exception {
        byte[] garbage = new byte[8192];
        new Random(2).nextBytes(garbage);
        Path corrupt = zip("corrupt", z -> {
            z.putNextEntry(new ZipEntry("collection.anki2"));
            z.write("SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            z.write(garbage);
            z.closeEntry();
        });
        assertThat(read(corrupt, ImportOptions.DEFAULTS).problems())
                .extracting(p -> p.key())
                .containsAnyOf("import.problem.anki.corrupt-collection", "import.problem.anki.not-a-collection");

        Path text = dir.resolve("notes.apkg");
        Files.writeString(text, "front\tback\n");
        assertThat(read(text, ImportOptions.DEFAULTS).problems())
                .extracting(p -> p.key())
                .containsExactly("import.problem.anki.not-a-zip");

        Path db = dir.resolve("view.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
                var s = c.createStatement()) {
            s.execute("create table col (ver)");
            s.execute("create table cards (id)");
            s.execute("create table revlog (id)");
            s.execute(
                    "create view notes as with recursive n(x) as (select 1 union all select x + 1 from n) select x from n");
        }
        Path view = zip("view", z -> {
            z.putNextEntry(new ZipEntry("collection.anki2"));
            z.write(Files.readAllBytes(db));
            z.closeEntry();
        });
        assertThat(read(view, ImportOptions.DEFAULTS).problems())
                .extracting(p -> p.key())
                .containsExactly("import.problem.anki.not-a-collection");
    }

    @Test
    void aTwoHundredMegabytePackageIsReadReadingOnlyTheImagesItsCardsShow() throws Exception {
        PackageBuilder b = PackageBuilder.legacy();
        NoteType basic = b.noteType(StockNoteTypes.basic(11, "Basic"));
        b.card(b.note("g", basic, "", "<img src=\"big.jpg\"> <img src=\"small.png\">", "back"), 0, 1, 0, 0, 1);
        byte[] big = new byte[3 << 20];
        new Random(3).nextBytes(big);
        b.media("big.jpg", big).media("small.png", AnkiFixtures.PNG);
        byte[] chunk = new byte[10 << 20];
        new Random(4).nextBytes(chunk);
        for (int i = 0; i < 20; i++) {
            b.media("unused-" + i + ".jpg", chunk);
        }
        Path file = dir.resolve("large.apkg");
        b.write(file);
        assertThat(Files.size(file)).isGreaterThan(200L << 20);

        ImportDocument doc = read(file, ImportOptions.DEFAULTS);

        assertThat(doc.items()).hasSize(1);
        assertThat(doc.media()).extracting(m -> m.name()).containsExactly("small.png");
        assertThat(doc.skipped()).extracting(s -> s.key()).containsExactly("import.skip.anki.media-too-large");
    }

    @Test
    void aPackageLargerThanTheLimitIsRefused() throws Exception {
        Path file = dir.resolve("big.apkg");
        Files.write(file, new byte[2048]);
        ImportLimits small = new ImportLimits(1024, 10, 1 << 20, 200, 10, 10, 10, 10, 10);

        assertRefused(() -> read(file, options(small)), "import.problem.anki.file-too-large");
    }

    @Test
    void anUnsafeMediaNameIsRefused() throws Exception {
        PackageBuilder b = PackageBuilder.legacy();
        NoteType basic = b.noteType(StockNoteTypes.basic(11, "Basic"));
        b.card(b.note("g", basic, "", "<img src=\"a.png\">", "back"), 0, 1, 0, 0, 1);
        b.media("../../a.png", AnkiFixtures.PNG);
        Path file = dir.resolve("media.apkg");
        b.write(file);

        assertRefused(() -> read(file, ImportOptions.DEFAULTS), "import.problem.anki.unsafe-media-name");
    }

    private static ImportOptions options(ImportLimits limits) {
        return new ImportOptions(
                Optional.empty(), ImportOptions.TextLanguage.DETECT, ImportOptions.QuizletOptions.DEFAULTS, limits);
    }

    /** Lets a zstd stream finish without closing the zip it writes into. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
