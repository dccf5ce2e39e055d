package org.quiztrainer.bank.io.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quiztrainer.bank.io.IoFixtures.keys;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportItem;
import org.quiztrainer.bank.io.ImportSummary;
import org.quiztrainer.bank.io.IoFixtures;

/**
 * The constructs Moodle's own GIFT tests and examples exercise ({@code giftformat_test.php},
 * {@code examples.txt}), in {@code moodle-shapes.gift}: one question per construct, each of the type
 * Moodle's importer gives it (essay, description: our equivalents or a skip).
 */
class GiftMoodleShapesTest {

    private final ImportDocument doc =
            IoFixtures.read(new GiftFormat(), IoFixtures.resource("gift/moodle-shapes.gift"));
    private final Map<String, ImportItem> items = IoFixtures.byIdentity(doc);

    @Test
    void eachQuestionHasTheTypeMoodleGivesIt() {
        assertThat(ImportSummary.line(doc))
                .isEqualTo("import: 16 questions (flashcard 2, single_choice 3, multiple_choice 1, true_false 3,"
                        + " short_answer 1, numeric 3, ordering 1, matching 2), 1 skipped, 0 problems");
        assertThat(keys(doc.skipped())).containsExactly("import.skip.gift.description");
        assertThat(items.get("E1").content())
                .isEqualTo(
                        new QuestionContent.Flashcard(
                                LocalizedText.enOnly(
                                        "No model answer came with this question: answer it in your own words, then rate how well you knew it.")));
        assertThat(items.get("E2").content())
                .isEqualTo(
                        new QuestionContent.Flashcard(LocalizedText.enOnly("Every token weighs every other token.")));
        assertThat(keys(doc.notes())).contains("import.note.gift.essay-without-feedback");
        assertThat(items.get("Makers").topicPath()).containsExactly("Models", "Shapes");
    }

    @Test
    void numberedPairsAreAMatchingUnlessMarkedAsAnOrdering() {
        assertThat(items.get("Layers").content()).isInstanceOf(QuestionContent.Matching.class);
        assertThat(items.get("Steps").content()).isInstanceOf(QuestionContent.Ordering.class);
    }

    @Test
    void missingWordRangesAndTrailingTextAsMoodleReadsThem() {
        assertThat(items.get("Heads").text().en()).isEqualTo("How many heads, give or take two? _____\";");
        assertThat(items.get("Heads").content())
                .isEqualTo(new QuestionContent.Numeric(new BigDecimal("8"), new BigDecimal("2"), null));
        ImportItem range = doc.items().stream()
                .filter(i -> i.text().en().startsWith("What is the context length"))
                .findFirst()
                .orElseThrow();
        assertThat(range.content())
                .isEqualTo(new QuestionContent.Numeric(new BigDecimal("1024"), new BigDecimal("24"), null));
        assertThat(items.get("Link").text().en()).contains("href=\"http://example.org/a.mp3\"", "Listen:");
        assertThat(items.get("TF").content()).isEqualTo(new QuestionContent.TrueFalse(false));
    }
}
