package org.quiztrainer.bank.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quiztrainer.bank.io.standard.StandardFormats;

/** The format of a file is found from its name and first bytes, and the user's choice wins. */
class FormatRegistryTest {

    @TempDir
    Path dir;

    private final FormatRegistry registry = StandardFormats.registry();

    @ParameterizedTest
    @CsvSource({
        "gift/constructs.gift, questions.gift, GIFT",
        "gift/constructs.gift, questions.txt, GIFT",
        "moodle/constructs.xml, export.xml, MOODLE_XML",
        "moodle/constructs.xml, export.txt, MOODLE_XML",
        "csv/excel.csv, bank.csv, CSV",
        "csv/excel.csv, bank.txt, CSV",
        "quizlet/tab-newline.txt, set.txt, QUIZLET",
        "quizlet/tab-newline.txt, set, QUIZLET",
        "quizlet/comma-semicolon.txt, set.txt, QUIZLET"
    })
    void detectsTheFormatFromTheContentMoreThanTheName(String fixture, String name, Format expected)
            throws IOException {
        ImportSource file = IoFixtures.resource(fixture);

        assertThat(registry.detect(name, FormatRegistry.head(file))).contains(expected);
    }

    @Test
    void theUsersChoiceWins() throws IOException {
        ImportSource csv = IoFixtures.resource("csv/excel.csv");
        ImportOptions quizlet = new ImportOptions(
                Optional.of(Format.QUIZLET),
                ImportOptions.TextLanguage.DETECT,
                new ImportOptions.QuizletOptions(",", "\n", false),
                ImportLimits.DEFAULTS);

        ImportDocument doc = registry.read(csv, quizlet);

        assertThat(doc.format()).isEqualTo(Format.QUIZLET);
        assertThat(registry.read(csv, ImportOptions.DEFAULTS).format()).isEqualTo(Format.CSV);
    }

    @Test
    void aFileNoFormatClaimsIsRefusedNamingTheFormats() throws IOException {
        Path file = dir.resolve("photo.bin");
        Files.write(file, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2});

        assertThatThrownBy(() -> registry.read(new ImportSource(file, "photo.bin"), ImportOptions.DEFAULTS))
                .isInstanceOfSatisfying(ImportLimitException.class, e -> {
                    assertThat(e.problem().key()).isEqualTo("import.problem.file.unknown-format");
                    assertThat(e.problem().english())
                            .contains("gift", "moodle-xml", "csv", "quizlet", "apkg", "anki-text");
                });
    }

    @Test
    void everyFormatIsRegisteredOnceAndScoresAreBounded() {
        assertThat(registry.formats()).containsExactlyInAnyOrder(Format.values());
        assertThat(registry.scores("x.gift", "::a::b{T}".getBytes(StandardCharsets.UTF_8)))
                .allSatisfy(s -> assertThat(s.score()).isBetween(0, 100))
                .first()
                .extracting(FormatRegistry.Score::format)
                .isEqualTo(Format.GIFT);
        assertThat(registry.scores(
                        "notes.txt", "#separator:tab\n#html:true\nfront\tback\n".getBytes(StandardCharsets.UTF_8)))
                .first()
                .extracting(FormatRegistry.Score::format)
                .isEqualTo(Format.ANKI_TEXT);
        assertThatThrownBy(() -> new FormatRegistry(List.of(
                        new org.quiztrainer.bank.io.gift.GiftFormat(), new org.quiztrainer.bank.io.gift.GiftFormat())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
