package org.quiztrainer.bank.io.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quiztrainer.bank.io.IoFixtures.keys;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportLimitException;
import org.quiztrainer.bank.io.ImportLimits;
import org.quiztrainer.bank.io.ImportSource;
import org.quiztrainer.bank.io.IoFixtures;

/** Broken and hostile GIFT: each reported with its line or refused, nothing half-read. */
class GiftBadInputTest {

    @TempDir
    Path dir;

    private final GiftFormat gift = new GiftFormat();

    private ImportDocument read(String text) {
        return IoFixtures.read(gift, IoFixtures.text(dir, "bad.gift", text));
    }

    @Test
    void anUnclosedAnswerIsAProblemOnItsLine() {
        ImportDocument doc = read("::ok::Fine?{T}\n\n::open::Which?{=a ~b\n");

        assertThat(keys(doc.problems())).containsExactly("import.problem.gift.no-closing-brace");
        assertThat(doc.problems().get(0).where().line()).isEqualTo(3);
        assertThat(doc.isClean()).isFalse();
    }

    @Test
    void aBlankLineInsideAQuestionEndsItAsInMoodle() {
        ImportDocument doc = read("::split::Which?{\n=a\n\n~b\n}\n");

        assertThat(keys(doc.problems()))
                .containsExactly("import.problem.gift.no-closing-brace", "import.problem.gift.no-opening-brace");
    }

    @Test
    void malformedAnswersAreProblems() {
        ImportDocument doc = read("::one::Only one?{~a}\n\n"
                + "::nan::How many?{#lots}\n\n"
                + "::arrow::Match?{=a -> b =c d}\n\n"
                + "{=yes =%50%maybe}\n");

        assertThat(keys(doc.problems()))
                .containsExactly(
                        "import.problem.gift.too-few-answers",
                        "import.problem.gift.not-a-number",
                        "import.problem.gift.pair-without-arrow",
                        "import.problem.gift.no-text");
        assertThat(doc.problems()).extracting(p -> p.where().line()).containsExactly(1, 3, 5, 7);
        assertThat(doc.problems().get(0).where().entry()).isEqualTo("one");
    }

    @Test
    void whatMoodleImportsDespiteItsWarningsIsNoProblem() {
        ImportDocument doc =
                read("::none::Which?{~%0%a ~%-50%b}\n\n::neg::Tolerance?{#5:-1}\n\n::Capital of France?::{=Paris}\n");

        assertThat(doc.problems()).isEmpty();
        assertThat(doc.items().get(1).text().en()).isEqualTo("Capital of France?");
        assertThat(keys(doc.notes())).contains("import.note.gift.name-as-text");
        assertThat(keys(doc.skipped())).containsExactly("import.skip.gift.no-right-answer");
        assertThat(doc.items().get(0).content())
                .isEqualTo(new QuestionContent.Numeric(new BigDecimal("5"), new BigDecimal("1"), null));
    }

    @Test
    void whatHasNoEquivalentIsSkippedWithTheReason() {
        ImportDocument doc = read("::two::Which?{=a =b ~c}\n\n::pairs::Match?{=a -> b = -> c}\n");

        assertThat(doc.problems()).isEmpty();
        assertThat(keys(doc.skipped()))
                .containsExactly("import.skip.gift.several-right-answers", "import.skip.gift.too-few-pairs");
        assertThat(doc.skipped().get(0).english()).contains("~%50%");
    }

    @Test
    void repeatedNamesAreNumberedWithANote() {
        ImportDocument doc = read("::q::One?{T}\n\n::q::Two?{F}\n\n::q::Three?{T}\n");

        assertThat(doc.items()).extracting(i -> i.identity()).containsExactly("q", "q (2)", "q (3)");
        assertThat(keys(doc.notes())).containsOnly("import.note.file.repeated-identity");
    }

    @Test
    void anEmptyFileHasNothingAndNoProblem() {
        ImportDocument doc = read("// only a comment\n\n\n");

        assertThat(doc.items()).isEmpty();
        assertThat(doc.isClean()).isTrue();
    }

    @Test
    void aTenMegabyteLineIsRefusedWithoutReadingIt() throws IOException {
        Path file = dir.resolve("long.gift");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("::q::Fine?{T}\n\n".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "x".repeat(1024 * 1024).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 10; i++) {
                out.write(chunk);
            }
        }

        assertThatThrownBy(
                        () -> gift.read(new ImportSource(file, "long.gift"), IoFixtures.limits(ImportLimits.DEFAULTS)))
                .isInstanceOfSatisfying(ImportLimitException.class, e -> {
                    assertThat(e.problem().key()).isEqualTo("import.problem.file.line-too-long");
                    assertThat(e.problem().where().line()).isEqualTo(3);
                });
    }

    @Test
    void aQuestionOfManyShortLinesPastTheLimitIsRefused() {
        ImportLimits small = limits(1_000_000, 100, 10_000);
        String text = "::q::Long?{\n" + "~answer line\n".repeat(20) + "}\n";

        assertThatThrownBy(() -> gift.read(IoFixtures.text(dir, "many.gift", text), IoFixtures.limits(small)))
                .isInstanceOfSatisfying(
                        ImportLimitException.class,
                        e -> assertThat(e.problem().key()).isEqualTo("import.problem.gift.question-too-long"));
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeReading() {
        ImportLimits small = limits(100, 1000, 10_000);

        assertThatThrownBy(() -> gift.read(
                        IoFixtures.text(dir, "big.gift", "::q::x?{T}\n".repeat(20)), IoFixtures.limits(small)))
                .isInstanceOfSatisfying(
                        ImportLimitException.class,
                        e -> assertThat(e.problem().key()).isEqualTo("import.problem.file.too-large"));
    }

    @Test
    void moreQuestionsThanTheLimitAreRefused() {
        ImportLimits small = limits(1_000_000, 1000, 3);
        String text = "::a::x?{T}\n\n::b::x?{T}\n\n::c::x?{T}\n\n::d::x?{T}\n";

        assertThatThrownBy(() -> gift.read(IoFixtures.text(dir, "many.gift", text), IoFixtures.limits(small)))
                .isInstanceOfSatisfying(ImportLimitException.class, e -> {
                    assertThat(e.problem().key()).isEqualTo("import.problem.file.too-many-items");
                    assertThat(e.problem().where().line()).isEqualTo(7);
                });
    }

    @Test
    void aFileInAnotherEncodingIsReported() {
        byte[] latin1 = "::q::Caf\u00e9?{T}\n".getBytes(StandardCharsets.ISO_8859_1);

        ImportDocument doc = IoFixtures.read(gift, IoFixtures.bytes(dir, "latin1.gift", latin1));

        assertThat(keys(doc.problems())).containsExactly("import.problem.file.not-utf8");
        assertThat(doc.problems().get(0).english()).contains("UTF-8");
    }

    @Test
    void utf16WithAByteOrderMarkIsRead() {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] body = "::q::注意力?{T}\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 2);
        System.arraycopy(body, 0, all, 2, body.length);

        ImportDocument doc = IoFixtures.read(gift, IoFixtures.bytes(dir, "utf16.gift", all));

        assertThat(doc.items())
                .singleElement()
                .satisfies(i -> assertThat(i.text().zh()).isEqualTo("注意力?"));
    }

    static ImportLimits limits(long fileBytes, int lineChars, int items) {
        ImportLimits d = ImportLimits.DEFAULTS;
        return new ImportLimits(
                fileBytes,
                d.maxEntries(),
                d.maxExpandedBytes(),
                d.maxRatio(),
                items,
                lineChars,
                d.maxXmlDepth(),
                d.maxMediaBytes(),
                d.maxHistoryRows());
    }
}
