package org.quiztrainer.bank.io.anki;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.luben.zstd.Zstd;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quiztrainer.bank.QuestionType;
import org.quiztrainer.bank.io.Format;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportItem;
import org.quiztrainer.bank.io.ImportOptions;
import org.quiztrainer.bank.io.ImportSource;
import org.quiztrainer.bank.io.ReviewHistory;

/**
 * Collections made by Anki itself (AnkiPandas' test data, MIT; see src/test/resources/anki/ankipandas), packed
 * the way Anki packs them: the schema 11 file as a legacy .colpkg, the schema 15 file zstd-compressed as
 * {@code collection.anki21b} with {@code meta}.
 */
class RealCollectionsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void importsTheRealCollectionWithItsHistory(boolean schema15) throws Exception {
        String resource = "/anki/ankipandas/collection-schema" + (schema15 ? "15" : "11") + ".anki2";
        byte[] collection;
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            collection = in.readAllBytes();
        }
        Path file = dir.resolve("real.colpkg");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            if (schema15) {
                zip.putNextEntry(new ZipEntry("meta"));
                zip.write(new Proto.Writer().varint(1, 3).toBytes());
                zip.putNextEntry(new ZipEntry("collection.anki21b"));
                zip.write(Zstd.compress(collection));
            } else {
                zip.putNextEntry(new ZipEntry("collection.anki2"));
                zip.write(collection);
                zip.putNextEntry(new ZipEntry("media"));
                zip.write("{}".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            zip.closeEntry();
        }

        ImportDocument doc = new ApkgFormat().read(new ImportSource(file, "real.colpkg"), ImportOptions.DEFAULTS);

        assertThat(doc.problems()).isEmpty();
        assertThat(doc.items())
                .hasSize(12)
                .allSatisfy(i -> assertThat(i.content().type()).isEqualTo(QuestionType.FLASHCARD));
        ImportItem car = doc.items().stream()
                .filter(i -> i.text().en().equals("Car"))
                .findFirst()
                .orElseThrow();
        assertThat(car.tags()).containsExactly("adjective", "english", "german", "noun");
        assertThat(car.topicPath()).containsExactly("EnglishGerman");
        assertThat(doc.items()).extracting(i -> i.text().en()).contains("Auto", "Baum");
        assertThat(doc.histories()).hasSize(3);
        ReviewHistory basic = doc.histories().stream()
                .filter(h -> h.identity().equals("F%8*#<wQ]2"))
                .findFirst()
                .orElseThrow();
        // V1 scheduler (no schedVer): learning buttons 2 and 3 were Good and Easy; due on day 17 from crt 1555552800
        assertThat(basic.reviews()).extracting(ReviewHistory.Review::rating).containsExactly(3, 4);
        assertThat(basic.reviews()).extracting(ReviewHistory.Review::durationMs).containsExactly(2766L, 785L);
        assertThat(basic.due()).contains(Instant.ofEpochSecond(1_555_552_800L + 17 * 86_400));
    }

    /**
     * The same files given bare, as Anki 2.0 imported them: recognised by their SQLite header (or, compressed
     * as {@code collection.anki21b}, by the zstd one) and read as a package without media. Their SQLite holds
     * 2 Basic notes (2 cards) and 5 Basic (and reversed card) notes (10 cards), 6 revlog rows on 3 cards.
     */
    @ParameterizedTest
    @ValueSource(strings = {"11:collection.anki2", "15:collection.anki21", "15:collection.anki21b"})
    void importsABareCollectionFile(String schemaAndName) throws Exception {
        String[] parts = schemaAndName.split(":");
        byte[] collection;
        try (InputStream in =
                getClass().getResourceAsStream("/anki/ankipandas/collection-schema" + parts[0] + ".anki2")) {
            collection = in.readAllBytes();
        }
        Path file = dir.resolve(parts[1]);
        Files.write(file, parts[1].endsWith("b") ? Zstd.compress(collection) : collection);
        byte[] head = org.quiztrainer.bank.io.FormatRegistry.head(new ImportSource(file, parts[1]));

        assertThat(org.quiztrainer.bank.io.standard.StandardFormats.registry().detect(parts[1], head))
                .contains(Format.APKG);
        ImportDocument doc = new ApkgFormat().read(new ImportSource(file, parts[1]), ImportOptions.DEFAULTS);

        assertThat(doc.problems()).isEmpty();
        assertThat(doc.items())
                .hasSize(12)
                .allSatisfy(i -> assertThat(i.content().type()).isEqualTo(QuestionType.FLASHCARD));
        assertThat(doc.items()).extracting(i -> i.text().en()).contains("Car", "Auto", "Basic: Front");
        assertThat(doc.histories()).hasSize(3);
        assertThat(doc.media()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"collection.anki2", "collection.anki21b"})
    void refusesAFileThatOnlyLooksLikeACollection(String name) throws Exception {
        Path file = dir.resolve(name);
        byte[] notSqlite =
                "SQLite format 3\0 but nothing after it".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Files.write(file, name.endsWith("b") ? Zstd.compress("not a database".getBytes()) : notSqlite);

        ImportDocument doc = new ApkgFormat().read(new ImportSource(file, name), ImportOptions.DEFAULTS);

        assertThat(doc.items()).isEmpty();
        assertThat(doc.problems()).isNotEmpty();
    }
}
