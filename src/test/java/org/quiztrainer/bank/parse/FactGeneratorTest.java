package org.quiztrainer.bank.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
    }
}
