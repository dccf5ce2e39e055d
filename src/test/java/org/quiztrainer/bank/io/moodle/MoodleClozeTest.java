package org.quiztrainer.bank.io.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quiztrainer.bank.io.IoFixtures.keys;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportItem;
import org.quiztrainer.bank.io.ImportSummary;
import org.quiztrainer.bank.io.IoFixtures;

/**
 * Embedded-answers (Cloze) questions as Moodle's multianswer import takes them: several choice gaps in one
 * text (as in Moodle's own test fixture {@code multianswer.xml}) are a cloze, and the questions Moodle's
 * {@code qtype_multianswer_validate_question} refuses are problems (its {@code broken_cloze_questions.xml}).
 */
class MoodleClozeTest {

    private static final String PATH = "Default for Embedded answers::";

    private static ImportDocument read(String name) {
        return IoFixtures.read(new MoodleXmlFormat(), IoFixtures.resource("moodle/" + name));
    }

    @Test
    void choiceGapsAmongOtherGapsBecomeTypedDeletionsOfTheRightChoice() {
        ImportDocument doc = read("cloze.xml");
        Map<String, ImportItem> items = IoFixtures.byIdentity(doc);

        assertThat(ImportSummary.line(doc)).isEqualTo("import: 2 questions (cloze 2), 1 skipped, 0 problems");
        ImportItem makers = items.get(PATH + "Model makers");
        assertThat(makers.content()).isEqualTo(new QuestionContent.Cloze(1, true));
        assertThat(makers.text().en())
                .contains("GPT-4: {{c1::OpenAI}}", "Gemini: {{c1::Google}}", "Llama: {{c1::Meta}}")
                .contains("stands for {{c1::Transformer}}.");
        assertThat(items.get(PATH + "One right response").text().en())
                .isEqualTo("Attention was introduced in {{c1::2017}} by {{c1::Vaswani et al.}}.");
        assertThat(keys(doc.skipped())).containsExactly("import.skip.moodle.cloze-several-right");
        assertThat(keys(doc.notes()))
                .contains("import.note.moodle.gaps-typed", "import.note.moodle.cloze-alternatives");
    }

    @Test
    void clozeQuestionsMoodleRefusesAreProblemsWithTheirLine() {
        ImportDocument doc = read("cloze-broken.xml");

        assertThat(doc.items()).isEmpty();
        assertThat(keys(doc.problems()))
                .containsExactly(
                        "import.problem.moodle.cloze-without-gaps",
                        "import.problem.moodle.cloze-without-gaps",
                        "import.problem.moodle.cloze-too-few-answers",
                        "import.problem.moodle.cloze-no-full-answer",
                        "import.problem.moodle.cloze-not-a-number");
        assertThat(doc.problems()).extracting(p -> p.where().line()).containsExactly(3, 7, 11, 15, 19);
        assertThat(doc.problems().get(4).english()).contains("gap 2");
    }
}
