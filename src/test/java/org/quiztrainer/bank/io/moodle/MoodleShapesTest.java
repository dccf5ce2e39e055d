package org.quiztrainer.bank.io.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quiztrainer.bank.io.IoFixtures.keys;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportItem;
import org.quiztrainer.bank.io.ImportSummary;
import org.quiztrainer.bank.io.IoFixtures;

/**
 * A file in the shape of the fixtures of Moodle's {@code xmlformat_test.php} ({@code moodle-shapes.xml}):
 * nested categories with info and idnumber, an essay with neither grader information nor general feedback,
 * Moodle 1.9's {@code <image>} tag, and the types Moodle has and this app has not.
 */
class MoodleShapesTest {

    private final ImportDocument doc =
            IoFixtures.read(new MoodleXmlFormat(), IoFixtures.resource("moodle/moodle-shapes.xml"));
    private final Map<String, ImportItem> items = IoFixtures.byIdentity(doc);

    @Test
    void eachQuestionHasTheTypeMoodleGivesIt() {
        assertThat(ImportSummary.line(doc))
                .isEqualTo("import: 5 questions (flashcard 1, single_choice 1, true_false 1, short_answer 2),"
                        + " 3 skipped, 0 problems");
        assertThat(keys(doc.skipped()))
                .containsExactly(
                        "import.skip.moodle.description", "import.skip.moodle.calculated", "import.skip.moodle.random");
    }

    @Test
    void anEssayWithoutAnAnswerIsAFlashcardSayingSo() {
        ImportItem essay = items.get("Models/Essays::Explain attention");
        assertThat(essay.topicPath()).containsExactly("Models", "Essays");
        assertThat(essay.content())
                .isEqualTo(
                        new QuestionContent.Flashcard(
                                LocalizedText.enOnly(
                                        "No model answer came with this question: answer it in your own words, then rate how well you knew it.")));
        assertThat(keys(doc.notes())).contains("import.note.moodle.essay-without-answer");
        assertThat(items.get("Models::Recurrence").content()).isEqualTo(new QuestionContent.TrueFalse(false));
    }

    @Test
    void aQuestionWithoutTextTakesItsName() {
        assertThat(items.get("Models/Essays::Which company made Gemini?").text().en())
                .isEqualTo("Which company made Gemini?");
        assertThat(keys(doc.notes())).contains("import.note.moodle.name-as-text");
    }

    @Test
    void anEmptyAnswerIsLeftOutAsMoodleLeavesItOut() {
        QuestionContent.SingleChoice c = (QuestionContent.SingleChoice)
                items.get("Models/Essays::Old image tag").content();
        assertThat(c.choices()).extracting(ch -> ch.text().en()).containsExactly("Meta", "OpenAI");
    }
}
