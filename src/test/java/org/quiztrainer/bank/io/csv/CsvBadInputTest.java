package org.quiztrainer.bank.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quiztrainer.bank.io.IoFixtures.keys;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportLimitException;
import org.quiztrainer.bank.io.ImportSource;
import org.quiztrainer.bank.io.IoFixtures;

/** Broken and hostile CSV: every problem names its line and column, or the file is refused. */
class CsvBadInputTest {

    private static final String HEADER = "id,type,topic,tags,text_zh,text_en,answer,choices,explain_zh,explain_en\n";

    @TempDir
    Path dir;

    private final CsvFormat csv = new CsvFormat();

    private ImportDocument read(String text) {
        return IoFixtures.read(csv, IoFixtures.text(dir, "bad.csv", text));
    }

    @Test
    void aHeaderWithATypoIsAProblem() {
        assertThat(keys(read("id,type,txt_en\nq,flashcard,x\n").problems()))
                .containsExactly("import.problem.csv.unknown-column");
        assertThat(keys(read("id,text_en\nq,x\n").problems())).containsExactly("import.problem.csv.missing-column");
        assertThat(keys(read("id,type,type,text_en\n").problems()))
                .containsExactly("import.problem.csv.repeated-column");
        assertThat(keys(read("\n\n").problems())).containsExactly("import.problem.csv.no-header");
    }

    @Test
    void eachBadRowIsAProblemOnItsLine() {
        ImportDocument doc = read(HEADER
                + "a,essay,,,,Text,,,,\n"
                + "b,single_choice,,,,Text,Rome,Paris | London,,\n"
                + "c,single_choice,,,,Text,Paris | London,Paris | London,,\n"
                + "d,numeric,,,,Text,about ten,,,\n"
                + "e,matching,,,,Text,,a - b | c => d,,\n"
                + "f,cloze,,,,No deletion here,,,,\n"
                + "g,true_false,,,,Text,maybe,,,\n"
                + "h,flashcard,,,,,back,,,\n"
                + "i,single_choice,,,,Text,A,A,,\n"
                + "j,flashcard,,,,Text,a || b || c,,,\n");

        assertThat(keys(doc.problems()))
                .containsExactly(
                        "import.problem.csv.unknown-type",
                        "import.problem.csv.answer-not-a-choice",
                        "import.problem.csv.single-needs-one-answer",
                        "import.problem.csv.not-a-number",
                        "import.problem.csv.pair-without-arrow",
                        "import.problem.csv.no-deletion",
                        "import.problem.csv.not-true-false",
                        "import.problem.csv.no-text",
                        "import.problem.csv.too-few-choices",
                        "import.problem.csv.too-many-languages");
        assertThat(doc.problems()).extracting(p -> p.where().line()).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(doc.problems().get(0).where().entry()).isEqualTo("a");
        assertThat(doc.problems().get(0).english()).contains("essay");
        assertThat(doc.items()).isEmpty();
    }

    @Test
    void aRepeatedIdIsAProblemBecauseTheIdIsTheAuthors() {
        ImportDocument doc = read(HEADER + "q,flashcard,,,,One,a,,,\nq,flashcard,,,,Two,b,,,\n");

        assertThat(keys(doc.problems())).containsExactly("import.problem.file.repeated-identity");
        assertThat(doc.problems().get(0).where().line()).isEqualTo(3);
    }

    @Test
    void anUnclosedQuoteAndAStrayCellAreProblems() {
        assertThat(keys(read(HEADER + "q,flashcard,,,,\"never closed,a,,,\n").problems()))
                .containsExactly("import.problem.csv.unterminated-quote");
        assertThat(keys(read(HEADER + "q,flashcard,,,,x,a,,,,stray\n").problems()))
                .containsExactly("import.problem.csv.extra-cell");
    }

    @Test
    void aTenMegabyteCellIsRefusedAsSoonAsItPassesTheLimit() throws IOException {
        Path file = dir.resolve("long.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write((HEADER + "q,flashcard,,,,\"").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "y".repeat(1024 * 1024).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 10; i++) {
                out.write(chunk);
            }
        }

        assertThatThrownBy(() -> csv.read(
                        new ImportSource(file, "long.csv"),
                        IoFixtures.limits(org.quiztrainer.bank.io.ImportLimits.DEFAULTS)))
                .isInstanceOfSatisfying(ImportLimitException.class, e -> {
                    assertThat(e.problem().key()).isEqualTo("import.problem.csv.record-too-long");
                    assertThat(e.problem().where().line()).isEqualTo(2);
                });
    }

    @Test
    void aHundredThousandRowsAreReadAndOneMoreIsRefused() throws IOException {
        Path file = dir.resolve("rows.csv");
        writeRows(file, 100_000);

        ImportDocument doc =
                csv.read(new ImportSource(file, "rows.csv"), org.quiztrainer.bank.io.ImportOptions.DEFAULTS);

        assertThat(doc.problems()).isEmpty();
        assertThat(doc.items()).hasSize(100_000);
        writeRows(file, 100_001);
        assertThatThrownBy(() ->
                        csv.read(new ImportSource(file, "rows.csv"), org.quiztrainer.bank.io.ImportOptions.DEFAULTS))
                .isInstanceOfSatisfying(
                        ImportLimitException.class,
                        e -> assertThat(e.problem().key()).isEqualTo("import.problem.file.too-many-items"));
    }

    @Test
    void excelsWindowsCodePageIsReportedAsNotUtf8() {
        byte[] gbk = (HEADER + "q,flashcard,,,注意力,,权重,,,\n").getBytes(Charset.forName("GBK"));

        ImportDocument doc = IoFixtures.read(csv, IoFixtures.bytes(dir, "gbk.csv", gbk));

        assertThat(keys(doc.problems())).containsExactly("import.problem.file.not-utf8");
    }

    private static void writeRows(Path file, int rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            for (int i = 0; i < rows; i++) {
                w.write("q" + i + ",single_choice,Topic,tag,,Question " + i + "?,B,A | B | C,,Because.\n");
            }
        }
    }
}
