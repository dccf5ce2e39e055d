package org.quiztrainer.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quiztrainer.bank.parse.BankReader;
import org.quiztrainer.grading.AnswerKey;
import org.quiztrainer.grading.GradeContext;
import org.quiztrainer.grading.Grader;
import org.quiztrainer.grading.Response;
import org.quiztrainer.study.AnswerKeys;

/**
 * The answers to the questions of {@code questions/}, graded as the app grades them. Every question of
 * the shipped bank: each accepted answer and the numeric answer are right, the correct choices and only
 * they are right, an ordering or matching is right only as authored. And typed answers a learner would
 * write: a number with the Chinese unit word of the question's unit ({@code 1997年}, {@code 6层},
 * {@code 2个}), the full Chinese term, a trailing 算法 or 模型; and the near misses that stay wrong.
 */
class QuestionBankAnswersIT {

    static QuestionBank bank;

    @BeforeAll
    static void read() {
        bank = BankReader.read(Path.of("questions")).bank().orElseThrow();
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            rnn.lstm-year                 | 1997年          | right
            rnn.lstm-year                 | 一九九七年      | right
            history.transformer-year      | 2017 年         | right
            transformer.layer-count       | 6层             | right
            transformer.layer-count       | 六层            | right
            transformer.layer-count       | 6年             | wrong
            transformer.head-count        | 8个头           | right
            transformer.d-model           | 512维           | right
            transformer.parts-count       | 4个部分         | right
            rnn.gru-gate-count            | 2个             | right
            rnn.gru-gate-count            | 两个门          | right
            model-kinds.kind-count        | 5类             | right
            model-kinds.kind-count        | 五个            | right
            model-kinds.trigram-history   | 两个词          | right
            datasets.pile-subsets         | 22个子集        | right
            datasets.bloom-languages      | 46种语言        | right
            datasets.gpt3-commoncrawl-share | 百分之六十    | right
            datasets.gpt3-commoncrawl-share | 60%           | right
            datasets.palm-tokens          | 7800亿个词元    | right
            datasets.palm-tokens          | 780B tokens     | right
            datasets.palm-tokens          | 0.78万亿 tokens | right
            aigc-llm.bert-params          | 3.4亿           | right
            aigc-llm.bert-params          | 340M            | right
            fact.params.gpt-3             | 1750亿个参数    | right
            fact.params.gpt-3             | 175年           | wrong
            aigc-llm.llm-full-name        | 大语言模型      | right
            aigc-llm.llm-full-name        | large language model | right
            aigc-llm.llm-full-name        | 大模型          | wrong
            training.backprop-name        | 反向传播算法    | right
            training.backprop-name        | backpropagation algorithm | right
            training.softmax-name         | softmax 函数    | right
            model-kinds.ngram-name        | N元语法模型     | right
            model-kinds.ngram-name        | n-gram 模型     | right
            rnn.vanishing-gradient        | 梯度消失问题    | right
            transformer.masked-attention-name | 掩码自注意力机制 | right
            training.autoregressive       | 自回归生成      | right
            datasets.gutenberg            | 古腾堡计划      | right
            history.plm-paradigm          | 预训练加微调    | right
            """)
    void aTypedAnswerIsGradedAsALearnerExpects(String id, String typed, String expected) {
        Question q = bank.questionsById().get(id);
        assertThat(q).as(id).isNotNull();
        AnswerKey key = AnswerKeys.of(q.content(), this::unit).orElseThrow();
        Response response = q.content() instanceof QuestionContent.Numeric
                ? new Response.NumberText(typed)
                : new Response.Text(typed);

        boolean correct = Grader.grade(key, response, GradeContext.withoutHistory(Duration.ofSeconds(10)))
                .correct();

        assertThat(correct).as(id + " answered " + typed).isEqualTo(expected.equals("right"));
    }

    /** Every key of the bank accepts what it lists and refuses what it offers as wrong. */
    @Test
    void everyQuestionAcceptsItsAnswersAndRefusesItsWrongChoices() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Question q : bank.questions()) {
            Optional<AnswerKey> key = AnswerKeys.of(q.content(), this::unit);
            if (key.isEmpty()) {
                continue;
            }
            for (Map.Entry<Response, Boolean> c : cases(q.content()).entrySet()) {
                checked++;
                if (grade(key.get(), c.getKey()) != c.getValue()) {
                    wrong.add(q.id() + " (" + q.origin() + "): " + c.getKey() + " should be "
                            + (c.getValue() ? "right" : "wrong"));
                }
            }
        }
        assertThat(checked).as("answers checked").isGreaterThan(bank.questions().size());
        assertThat(wrong).as("answers graded against the key").isEmpty();
    }

    /** The responses to try on a question and whether each must be right. */
    private static Map<Response, Boolean> cases(QuestionContent content) {
        Map<Response, Boolean> out = new LinkedHashMap<>();
        if (content instanceof QuestionContent.ShortAnswer s) {
            s.acceptZh().forEach(a -> out.put(new Response.Text(a), true));
            s.acceptEn().forEach(a -> out.put(new Response.Text(a), true));
        } else if (content instanceof QuestionContent.Numeric n) {
            out.put(new Response.NumberText(n.answer().toPlainString()), true);
            BigDecimal far =
                    n.answer().abs().add(n.tolerance()).add(BigDecimal.ONE).multiply(BigDecimal.TEN);
            out.put(new Response.NumberText(n.answer().add(far).toPlainString()), false);
        } else if (content instanceof QuestionContent.TrueFalse t) {
            out.put(new Response.TrueFalse(t.answer()), true);
            out.put(new Response.TrueFalse(!t.answer()), false);
        } else if (content instanceof QuestionContent.SingleChoice c) {
            choices(c.choices(), out);
        } else if (content instanceof QuestionContent.MultipleChoice c) {
            choices(c.choices(), out);
        } else if (content instanceof QuestionContent.Ordering o) {
            List<String> order = indexes(o.items().size());
            out.put(new Response.Order(order), true);
            List<String> reversed = new ArrayList<>(order);
            Collections.reverse(reversed);
            out.put(new Response.Order(reversed), false);
        } else if (content instanceof QuestionContent.Matching m) {
            List<String> lefts = indexes(m.pairs().size());
            Map<String, String> right = new LinkedHashMap<>();
            Map<String, String> rotated = new LinkedHashMap<>();
            for (int i = 0; i < lefts.size(); i++) {
                right.put(lefts.get(i), lefts.get(i));
                rotated.put(lefts.get(i), lefts.get((i + 1) % lefts.size()));
            }
            out.put(new Response.Pairs(right), true);
            out.put(new Response.Pairs(rotated), false);
        }
        return out;
    }

    /** The correct set is right; each wrong choice alone, and the correct set with it, are wrong. */
    private static void choices(List<QuestionContent.Choice> choices, Map<Response, Boolean> out) {
        Set<Integer> correct = new HashSet<>();
        IntStream.range(0, choices.size()).filter(i -> choices.get(i).correct()).forEach(correct::add);
        out.put(new Response.Choices(correct), true);
        for (int i = 0; i < choices.size(); i++) {
            if (!correct.contains(i)) {
                out.put(Response.Choices.of(i), false);
                Set<Integer> plus = new HashSet<>(correct);
                plus.add(i);
                out.put(new Response.Choices(plus), false);
            }
        }
    }

    private static List<String> indexes(int n) {
        return IntStream.range(0, n).mapToObj(Integer::toString).toList();
    }

    private static boolean grade(AnswerKey key, Response response) {
        return Grader.grade(key, response, GradeContext.withoutHistory(Duration.ofSeconds(10)))
                .correct();
    }

    private Optional<Unit> unit(String id) {
        return bank.units().stream().filter(u -> u.id().equals(id)).findFirst();
    }
}
