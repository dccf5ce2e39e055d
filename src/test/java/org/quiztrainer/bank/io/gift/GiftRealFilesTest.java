package org.quiztrainer.bank.io.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportItem;
import org.quiztrainer.bank.io.ImportSkip;
import org.quiztrainer.bank.io.ImportSummary;
import org.quiztrainer.bank.io.IoFixtures;

/**
 * Real GIFT files from another project (GIFT-grammar-PEG.js, MIT; see {@code gift/real/README.md}), read as
 * Moodle's GIFT importer reads them: the counts of each, and the constructs that are easy to get wrong.
 */
class GiftRealFilesTest {

    private static ImportDocument read(String name) {
        return IoFixtures.read(new GiftFormat(), IoFixtures.resource("gift/real/" + name));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "formatExamples.gift|import: 1 questions (matching 1), 0 skipped, 0 problems",
                "escapeAll.gift|import: 1 questions (single_choice 1), 0 skipped, 0 problems",
                "numerical1.gift|import: 5 questions (numeric 5), 0 skipped, 0 problems",
                "tag_id_and_two_tags.gift|import: 1 questions (flashcard 1), 0 skipped, 0 problems",
                "matching1.gift|import: 2 questions (matching 2), 0 skipped, 0 problems",
                "mc4.gift|import: 1 questions (single_choice 1), 0 skipped, 0 problems",
                "multipleAnswersFloat.gift|import: 1 questions (multiple_choice 1), 0 skipped, 0 problems",
                "symbolsAll.gift|import: 1 questions (true_false 1), 0 skipped, 0 problems",
                "category1.gift|import: 1 questions (true_false 1), 0 skipped, 0 problems",
                "newlineAndLaTeX.gift|import: 1 questions (flashcard 1), 0 skipped, 0 problems",
                "tf1.gift|import: 1 questions (true_false 1), 0 skipped, 0 problems",
                "shortAnswer1.gift|import: 2 questions (short_answer 2), 0 skipped, 0 problems",
                "essay1.gift|import: 1 questions (flashcard 1), 0 skipped, 0 problems",
                "descriptionTitleEscapedColon.gift|import: 1 questions (true_false 1), 1 skipped, 0 problems",
                "tag_two_tags.gift|import: 1 questions (flashcard 1), 0 skipped, 0 problems",
                "TFTwoFeedback.gift|import: 3 questions (true_false 3), 0 skipped, 0 problems",
                "shortAnswerNotMatching.gift|import: 2 questions (single_choice 2), 0 skipped, 0 problems",
                "markdown.gift|import: 0 questions, 4 skipped, 0 problems",
                "escapeColon.gift|import: 0 questions, 1 skipped, 0 problems"
            })
    void eachFileGivesWhatMoodleWouldImport(String file, String summary) {
        assertThat(ImportSummary.line(read(file))).isEqualTo(summary);
    }

    @Test
    void theEscapedControlCharactersAreTheChoicesAndTheBackslashIsRight() {
        ImportItem q = read("escapeAll.gift").items().get(0);
        QuestionContent.SingleChoice c = (QuestionContent.SingleChoice) q.content();

        assertThat(c.choices()).extracting(ch -> ch.text().en()).containsExactly("~", "=", "#", "{", "}", ":", "\\");
        assertThat(c.choices().get(6).correct()).isTrue();
        assertThat(q.explanation().en()).contains("\\: Correct! \\ (backslash) is not a control character.");
    }

    @Test
    void formatsOfMatchingLeftSidesAndTheDistractor() {
        ImportDocument doc = read("formatExamples.gift");
        ImportItem q = doc.items().get(0);
        QuestionContent.Matching m = (QuestionContent.Matching) q.content();

        assertThat(q.html()).isTrue();
        assertThat(q.text().en()).isEqualTo("Match the <b>activity</b> to the description.");
        assertThat(m.pairs()).extracting(p -> p.right().en()).containsExactly("Forum", "Choice", "Database", "Wiki");
        assertThat(doc.notes()).extracting(n -> n.key()).contains("import.note.gift.distractors");
    }

    @Test
    void rangesWeightsAndMissingWords() {
        Map<String, ImportItem> numbers = IoFixtures.byIdentity(read("numerical1.gift"));
        QuestionContent.Numeric pi =
                (QuestionContent.Numeric) numbers.get("What is the value of pi (to 3 decimal places)? _____.")
                        .content();
        assertThat(pi.answer()).isEqualByComparingTo("3.1415");
        assertThat(pi.tolerance()).isEqualByComparingTo("0.0005");
        QuestionContent.MultipleChoice continents = (QuestionContent.MultipleChoice)
                read("multipleAnswersFloat.gift").items().get(0).content();
        assertThat(continents.choices())
                .filteredOn(QuestionContent.Choice::correct)
                .extracting(ch -> ch.text().en())
                .containsExactly("Africa", "Asia", "Antarctica");
        ImportItem sum = read("shortAnswer1.gift").items().get(1);
        assertThat(sum.text()).isEqualTo(LocalizedText.enOnly("Two plus two equals _____."));
        assertThat(sum.content()).isEqualTo(new QuestionContent.ShortAnswer(List.of(), List.of("four", "4")));
    }

    @Test
    void whatMoodleImportsButHasNoEquivalentHereIsSkippedWithTheReason() {
        assertThat(read("markdown.gift").skipped())
                .extracting(ImportSkip::key)
                .containsOnly("import.skip.gift.description");
        assertThat(read("escapeColon.gift").skipped())
                .extracting(ImportSkip::key)
                .containsExactly("import.skip.gift.several-right-answers");
    }

    @Test
    void categoriesAndSymbols() {
        assertThat(read("category1.gift").items().get(0).topicPath()).containsExactly("Default for LING-373-2194-B");
        assertThat(read("symbolsAll.gift").items().get(0).text().en())
                .isEqualTo("Here's a question that has symbols inside,\nsuch as `-=[];',./~!@#$%^&*()_+{}|:\"<>?");
    }
}
