package org.quiztrainer.bank.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line's last line, derived from a document. */
class ImportSummaryTest {

    @Test
    void countsEachTypeInTypeOrderWithSkipsAndProblems() {
        ImportDocument doc = IoFixtures.read(
                new org.quiztrainer.bank.io.gift.GiftFormat(), IoFixtures.resource("gift/constructs.gift"));

        assertThat(ImportSummary.line(doc))
                .isEqualTo("import: 15 questions (flashcard 1, single_choice 4, multiple_choice 1, true_false 2,"
                        + " short_answer 3, numeric 3, matching 1), 1 skipped, 0 problems");
    }

    @Test
    void anEmptyDocumentHasNoTypeList() {
        ImportDocument doc = new ImportDocument(
                Format.CSV,
                List.of(),
                List.of(),
                List.of(new ImportProblem(Where.line(1), "import.problem.csv.no-header", List.of(), "no header")),
                List.of(),
                List.of());

        assertThat(ImportSummary.line(doc)).isEqualTo("import: 0 questions, 0 skipped, 1 problems");
    }
}
