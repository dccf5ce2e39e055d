package org.quiztrainer.bank.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionBank;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.QuestionContent.Choice;

/** The fact questions: deterministic, plausible, never with the answer twice, empty cells skipped. */
class FactGeneratorTest {

    private final QuestionBank bank =
            BankReader.read(BankFixtures.resource("good")).bank().orElseThrow();
    private final Map<String, Question> byId = bank.questionsById();

    @Test
    void generatesTheSameQuestionsEveryTime() {
        List<Question> again = FactGenerator.generate(bank.templates(), bank.models());

        assertThat(again).isEqualTo(FactGenerator.generate(bank.templates(), bank.models()));
        assertThat(again).extracting(Question::id).doesNotHaveDuplicates();
        assertThat(again)
                .isEqualTo(bank.questions()
                        .subList(bank.handWritten().size(), bank.questions().size()));
    }

    @Test
    void makesNoQuestionFromAnEmptyCell() {
        assertThat(byId)
                .containsKey("fact.training-time.gopher")
                .doesNotContainKey("fact.training-time.gpt-3")
                .doesNotContainKey("fact.params.none")
                .doesNotContainKey("fact.base-model.t5");
    }

    @Test
    void neverOffersTheAnswerAsADistractorAndPicksNeighbouringValues() {
        for (Question q : bank.questions()) {
            if (q.content() instanceof QuestionContent.SingleChoice single) {
                List<String> texts = single.choices().stream()
                        .map(c -> c.text().en().toLowerCase(Locale.ROOT))
                        .toList();
                assertThat(texts).as(q.id()).doesNotHaveDuplicates();
                assertThat(single.choices().stream().filter(Choice::correct))
                        .as(q.id())
                        .hasSize(1);
            }
        }
        var release =
                (QuestionContent.SingleChoice) byId.get("fact.release.codex").content();
        assertThat(release.choices())
                .extracting(c -> c.text().en())
                .containsExactlyInAnyOrder("2021-07", "2021-04", "2021-12", "2022-03");
    }

    @Test
    void putsTheRowNoteIntoTheExplanation() {
        Question q = byId.get("fact.release.opt");

        assertThat(q.explanation().en()).isEqualTo("OPT was released in 2022-05. The article misspells it as \"OTP\".");
        assertThat(q.explanation().zh()).isEqualTo("OPT 于 2022-05 发布。原文误作 \"OTP\"。");
    }

    @Test
    void comparesTheNearestModelAtLeastTwiceAsLarge() {
        Question q = byId.get("compare.larger.gopher.pangu-sigma");
        var choices = ((QuestionContent.SingleChoice) q.content()).choices();

        assertThat(choices)
                .filteredOn(Choice::correct)
                .extracting(c -> c.text().en())
                .containsExactly("PanGu-Σ");
        assertThat(q.explanation().en())
                .contains("so PanGu-Σ is larger")
                .contains("PanGu-Σ: A sparse mixture of experts");
        assertThat(byId)
                .containsKey("compare.larger.codex.gpt-3")
                .doesNotContainKey("compare.larger.gpt-3.gopher")
                .doesNotContainKey("compare.larger.t5.codex");
    }

    @Test
    void ordersGroupsOfFourByRelease() {
        Question q = byId.get("order.release.t5");
        var items = ((QuestionContent.Ordering) q.content()).items();

        assertThat(items).extracting(i -> i.en()).containsExactly("T5", "GPT-3", "PanGu-α", "Codex");
        assertThat(q.explanation().en())
                .startsWith("The order of release: T5 (2019-10) → GPT-3 (2020-05)")
                .contains("PanGu-α: The article says 200B");
        assertThat(q.explanation().zh())
                .as("the generator's own words in Chinese punctuation")
                .contains("T5（2019-10） → GPT-3（2020-05）")
                .contains("PanGu-α：原文写作 200B");
    }

    private final QuestionBank flagged =
            BankReader.read(BankFixtures.resource("lint/clean")).bank().orElseThrow();
    private final Map<String, Question> flaggedById = flagged.questionsById();

    @Test
    void aRowWithCaveatsGetsTheVariantTextForExactlyThem() {
        assertThat(flaggedById.get("fact.params.alexatm").text().en())
                .isEqualTo("How many parameters does AlexaTM have (in billions, B)?");
        assertThat(flaggedById.get("fact.params.gpt-3").text().en()).startsWith("GPT-3 comes in several sizes.");
        assertThat(flaggedById.get("fact.params.glam").text().en()).contains("mixture-of-experts");
        assertThat(flaggedById.get("fact.params.palm2").text().en())
                .startsWith("What size does the survey's table list");
        assertThat(flaggedById.get("fact.params.anthropic").text().en())
                .startsWith("One row of the survey's table is named after the company Anthropic")
                .contains("the largest of them");
        assertThat(flaggedById.get("fact.params.palm2").explanation().en())
                .startsWith("The survey's table lists 16B, but do not take it as the real size")
                .endsWith("Google has not disclosed the size of PaLM 2.");
        assertThat(flaggedById.get("fact.training-time.t0").text().en()).contains("not the pre-training of T5");
    }

    @Test
    void aCaveatTheTemplateSkipsMakesNoQuestion() {
        assertThat(flaggedById.keySet().stream().filter(id -> id.startsWith("compare.larger.")))
                .isNotEmpty()
                .noneMatch(id -> id.contains("glam") || id.contains("palm2") || id.contains("anthropic"));
        assertThat(flaggedById.keySet().stream().filter(id -> id.startsWith("compare.earlier.")))
                .isNotEmpty()
                .noneMatch(id -> id.contains("anthropic"));
        assertThat(flaggedById).containsKey("fact.release.anthropic");
    }

    @Test
    void neverOffersAValueThatCouldBeRight() {
        var hardware = (QuestionContent.SingleChoice)
                flaggedById.get("fact.hardware.welm").content();
        assertThat(hardware.choices())
                .extracting(c -> c.text().en())
                .contains("128 A100 40G")
                .doesNotContain("128 40G A100", "128 A100");
        var corpus = (QuestionContent.SingleChoice)
                flaggedById.get("fact.corpus.codegen").content();
        assertThat(corpus.choices()).extracting(c -> c.text().en()).doesNotContain("825GB");
    }

    @Test
    void aTableWithoutTheFlagsColumnIsReadWithNoFlags() {
        assertThat(bank.models())
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.flags()).isEmpty());
        assertThat(flagged.models().stream().filter(m -> !m.flags().isEmpty())).hasSizeGreaterThan(5);
    }

    @Test
    void makesNoQuestionWhoseAnswerTheModelsNameHolds(@TempDir Path dir) throws IOException {
        BankFixtures.copy(BankFixtures.resource("lint/clean"), dir);
        Path models = dir.resolve("facts/models.csv");
        Files.writeString(
                models,
                Files.readString(models).replace("gpt-neox,GPT-NeoX,", "gpt-neox,GPT-NeoX-20B,")
                        + "flan-t5,Flan-T5,open,2022-10,11,t5,,,,params_b:largest,,\n"
                        + "bloomz,BLOOMZ,open,2022-11,176,BLOOM,,,,params_b:largest,,\n"
                        + "mt0,mT0,open,2022-11,13,mT5,,,,params_b:largest,,\n");

        Map<String, Question> questions =
                BankReader.read(dir).bank().orElseThrow().questionsById();

        assertThat(questions)
                .doesNotContainKeys("fact.params.gpt-neox", "fact.base-model.flan-t5", "fact.base-model.bloomz")
                .containsKeys(
                        "fact.release.gpt-neox",
                        "fact.params.flan-t5",
                        "fact.base-model.t0",
                        "fact.base-model.mt0",
                        "fact.base-model.minerva");
    }

    @Test
    void aFineTuningTimeIsOfferedAmongOtherFineTuningTimesFirst(@TempDir Path dir) throws IOException {
        BankFixtures.copy(BankFixtures.resource("lint/clean"), dir);
        Path models = dir.resolve("facts/models.csv");
        Files.writeString(
                models,
                Files.readString(models)
                        + "flan,FLAN,closed,2021-09,137,LaMDA-PT,,128 TPU v3,60 h,training_time:from-base,,\n"
                        + "u-palm,U-PaLM,closed,2022-10,540,palm,,512 TPU v4,5 d,training_time:from-base,,\n");

        Question t0 = BankReader.read(dir).bank().orElseThrow().questionsById().get("fact.training-time.t0");

        assertThat(((QuestionContent.SingleChoice) t0.content()).choices())
                .filteredOn(c -> !c.correct())
                .extracting(c -> c.text().en())
                .hasSize(3)
                .contains("60 h", "5 d");
    }
}
