package org.quiztrainer.bank.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quiztrainer.bank.BankLoadResult;

/** Every kind of authoring error is reported with its file, line and reason, and yields no bank. */
class BadBankTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            unknown-type;               concepts/basics.txt;  2; unknown type 'essay'
            unknown-topic;              concepts/basics.txt;  3; unknown topic 'nowhere' in basics.q
            missing-language;           concepts/basics.txt;  1; missing language: no text.en in basics.q
            duplicate-id;               concepts/basics.txt; 11; duplicate id 'basics.q' (first at concepts/basics.txt:1)
            bad-id;                     concepts/basics.txt;  1; bad id 'Basics.Q'
            no-correct-answer;          concepts/basics.txt;  1; no correct answer
            answer-not-among-choices;   concepts/basics.txt; 11; a correct answer not among the choices: 'C'
            two-correct;                concepts/basics.txt;  1; single_choice has 2 correct choices
            choice-missing-language;    concepts/basics.txt; 10; missing language in choice
            bad-number;                 concepts/basics.txt;  7; bad number '17x5' in field 'answer'
            bad-unit;                   concepts/basics.txt;  1; bad unit: unknown unit 'furlongs' in basics.q
            unknown-field;              concepts/basics.txt;  8; unknown field 'hint.en' for true_false
            unreadable-line;            concepts/basics.txt;  5; cannot read line
            ordering-too-short;         concepts/basics.txt;  1; needs at least two item lines
            template-unknown-column;    facts/templates.txt;  2; template names unknown column 'size'
            template-unknown-placeholder; facts/templates.txt; 7; template names unknown column 'model'
            template-unknown-unit;      facts/templates.txt;  1; bad unit: unknown unit 'furlongs'
            csv-header;                 facts/models.csv;     1; CSV header wrong
            csv-kind;                   facts/models.csv;     3; bad kind 'proprietary': expected open or closed
            csv-release;                facts/models.csv;     3; bad release '2020.5': expected YYYY-MM
            csv-params;                 facts/models.csv;     5; bad params_b '175B': expected a number in billions
            csv-duplicate;              facts/models.csv;     3; duplicate id 't5'
            csv-cells;                  facts/models.csv;     2; row has 10 cells, expected 11
            csv-note-language;          facts/models.csv;     2; missing language: note_zh and note_en
            topic-unknown-parent;       topics.txt;           6; unknown parent topic 'nowhere' of rnn
            csv-flag-unknown;           facts/models.csv;     2; bad flag 'params_b:huge': unknown caveat 'huge'
            csv-flag-column;            facts/models.csv;     2; bad flag 'corpus:moe': 'moe' is for params_b
            csv-flag-empty-cell;        facts/models.csv;     2; bad flag 'training_time:undisclosed': the training_time cell is empty
            csv-flag-from-base;         facts/models.csv;     2; bad flag 'training_time:from-base': the row has no base_model
            template-bad-variant;       facts/templates.txt;  9; bad variant 'largest+moe': caveats among
            template-bad-skip;          facts/templates.txt;  5; bad skip 'tiny'
            """)
    void reportsFileLineAndReason(String overlay, String file, int line, String reason) {
        BankLoadResult result = BankReader.read(BankFixtures.goodWith(overlay, dir));

        assertThat(result.isValid()).isFalse();
        assertThat(result.bank()).isEmpty();
        assertThat(result.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.reason()).contains(reason);
        });
    }

    @ParameterizedTest
    @CsvSource({"unknown-type", "bad-id", "csv-kind", "template-unknown-unit", "no-correct-answer"})
    void reportsOneProblemForOneMistake(String overlay) {
        BankLoadResult result = BankReader.read(BankFixtures.goodWith(overlay, dir));

        assertThat(result.problems()).hasSize(1);
    }

    @org.junit.jupiter.api.Test
    void reportsEveryProblemOfSeveralFilesInOneRun() {
        Path root = BankFixtures.goodWith("csv-kind", dir);
        BankFixtures.copy(BankFixtures.resource("bad/unknown-type"), root);

        BankLoadResult result = BankReader.read(root);

        assertThat(result.problems())
                .extracting(p -> p.file())
                .containsExactly("concepts/basics.txt", "facts/models.csv");
    }
}
