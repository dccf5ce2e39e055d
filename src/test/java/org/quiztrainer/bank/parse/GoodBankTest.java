package org.quiztrainer.bank.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quiztrainer.bank.BankLoadResult;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionBank;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.QuestionType;
import org.quiztrainer.bank.Topic;

/** Reading a valid bank: every type, the syntax details, and the fact questions. */
class GoodBankTest {

    private final QuestionBank bank = load();

    private static QuestionBank load() {
        BankLoadResult result = BankReader.read(BankFixtures.resource("good"));
        assertThat(result.problems()).isEmpty();
        return result.bank().orElseThrow();
    }

    @Test
    void readsEveryQuestionTypeWritten() {
        assertThat(bank.handWritten())
                .extracting(Question::type)
                .containsExactly(
                        QuestionType.FLASHCARD,
                        QuestionType.SINGLE_CHOICE,
                        QuestionType.MULTIPLE_CHOICE,
                        QuestionType.TRUE_FALSE,
                        QuestionType.SHORT_ANSWER,
                        QuestionType.NUMERIC,
                        QuestionType.ORDERING,
                        QuestionType.MATCHING);
    }

    @Test
    void joinsContinuationLinesWithASpaceOrNothingBetweenChinese() {
        var back = ((QuestionContent.Flashcard) q("basics.flash").content()).back();

        assertThat(back.zh()).isEqualTo("在海量文本上训练、参数规模巨大的语言模型。");
        assertThat(back.en())
                .isEqualTo(
                        "A language model with a very large number of parameters, trained on a huge amount of text.");
    }

    @Test
    void readsChoicesListsNumbersAndPairs() {
        var single = (QuestionContent.SingleChoice) q("basics.single").content();
        var shortAnswer = (QuestionContent.ShortAnswer) q("basics.short").content();
        var numeric = (QuestionContent.Numeric) q("basics.numeric").content();
        var matching = (QuestionContent.Matching) q("basics.matching").content();

        assertThat(single.choices())
                .extracting(c -> c.text().en(), QuestionContent.Choice::correct)
                .first()
                .isEqualTo(org.assertj.core.groups.Tuple.tuple("An encoder model", true));
        assertThat(shortAnswer.acceptEn()).containsExactly("LSTM", "long short-term memory", "GRU", "a|b");
        assertThat(numeric.answer()).isEqualByComparingTo("175");
        assertThat(numeric.tolerance()).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(numeric.unit()).isEqualTo("params");
        assertThat(matching.pairs().get(1).right().zh()).isEqualTo("仅解码器");
        assertThat(q("basics.flash").tags()).containsExactly("llm", "terms");
    }

    @Test
    void readsTopicsWithTrailingCommentsAndUnits() {
        assertThat(bank.topics())
                .extracting(Topic::id, Topic::parentId)
                .contains(org.assertj.core.groups.Tuple.tuple("rnn", "basics"));
        assertThat(bank.units().get(0).scales()).containsEntry("亿", new BigDecimal("1e8"));
    }

    @Test
    void generatesFactQuestionsIntoTheTopicOfTheModelKind() {
        Map<String, Question> byId = bank.questionsById();

        assertThat(byId.get("fact.release.gpt-3").topicId()).isEqualTo("closed-models");
        assertThat(byId.get("fact.release.t5").topicId()).isEqualTo("open-models");
        assertThat(byId.get("fact.params.gpt-3").content())
                .isEqualTo(new QuestionContent.Numeric(new BigDecimal("175"), BigDecimal.ZERO, "params"));
        assertThat(byId.get("fact.base-model.codex").text().en()).isEqualTo("Which base model is Codex built on?");
        assertThat(byId.get("fact.base-model.codex").explanation().en()).contains("starts from GPT-3");
    }

    private Question q(String id) {
        return bank.questionsById().get(id);
    }
}
