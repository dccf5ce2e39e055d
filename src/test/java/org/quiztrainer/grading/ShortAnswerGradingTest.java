package org.quiztrainer.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quiztrainer.grading.Fixtures.grade;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quiztrainer.grading.DiffSegment.Kind;
import org.quiztrainer.srs.Rating;

class ShortAnswerGradingTest {

    private final AnswerKey.ShortAnswerKey attention = new AnswerKey.ShortAnswerKey(
            List.of("自注意力机制", "自注意力"), List.of("self-attention", "self attention mechanism"));
    private final AnswerKey.ShortAnswerKey gpt3 = new AnswerKey.ShortAnswerKey(List.of("GPT-3"), List.of("GPT-3"));
    private final AnswerKey.ShortAnswerKey transformer =
            new AnswerKey.ShortAnswerKey(List.of("Transformer 模型"), List.of("Transformer"));

    private static Grade typed(AnswerKey key, String text) {
        return grade(key, new Response.Text(text));
    }

    @ParameterizedTest(name = "\"{0}\" is right")
    @ValueSource(
            strings = {
                "self-attention",
                "Self-Attention",
                "SELF ATTENTION",
                "  self   attention  ",
                "ｓｅｌｆ－ａｔｔｅｎｔｉｏｎ",
                "self-attention.",
                "\"Self-attention!\"",
                "selfattention",
                "Self attention mechanism",
                "自注意力机制",
                "自注意力",
                "自 注意力 机制",
                "自注意力机制。",
                "《自注意力》",
                "（自注意力机制）",
                "自注意力！",
                "\tself\u3000attention\n"
            })
    void caseWidthWhiteSpaceAndPunctuationOfBothScriptsDoNotMatter(String text) {
        Grade grade = typed(attention, text);
        assertThat(grade.correct()).isTrue();
        assertThat(((Feedback.Text) grade.feedback()).typoForgiven()).isFalse();
    }

    @Test
    void chineseAndEnglishAnswersAreBothAcceptedAndTheFeedbackSaysWhichMatched() {
        Feedback.Text zh = (Feedback.Text) typed(attention, "自注意力").feedback();
        assertThat(zh.closestAccepted()).isEqualTo("自注意力");
        assertThat(zh.language()).isEqualTo(AnswerLanguage.ZH);
        Feedback.Text en = (Feedback.Text) typed(attention, "self attention").feedback();
        assertThat(en.closestAccepted()).isEqualTo("self-attention");
        assertThat(en.language()).isEqualTo(AnswerLanguage.EN);
    }

    @Test
    void fullWidthDigitsAndDashesReadAsTheirAsciiForms() {
        assertThat(typed(gpt3, "ＧＰＴ－３").correct()).isTrue();
        assertThat(typed(gpt3, "gpt 3").correct()).isTrue();
        assertThat(typed(gpt3, "GPT3").correct()).isTrue();
        assertThat(typed(gpt3, "GPT-4").correct()).isFalse();
    }

    @Test
    void chineseMixedWithLatinIgnoresTheSpaceBetweenThem() {
        assertThat(typed(transformer, "Transformer模型").correct()).isTrue();
        assertThat(typed(transformer, "transformer  模型").correct()).isTrue();
    }

    @Test
    void oneTypoIsForgivenInALongLatinAnswerButFlagged() {
        for (String typo : List.of("self-atention", "self-attentoin", "self-attenxion", "self-attentionn")) {
            Grade grade = typed(attention, typo);
            assertThat(grade.correct()).as(typo).isTrue();
            Feedback.Text feedback = (Feedback.Text) grade.feedback();
            assertThat(feedback.typoForgiven()).as(typo).isTrue();
            assertThat(feedback.closestAccepted()).isEqualTo("self-attention");
            assertThat(feedback.diff()).as(typo).anyMatch(s -> s.kind() != Kind.SAME);
        }
    }

    @Test
    void twoTyposAreWrong() {
        assertThat(typed(attention, "slef-atention").correct()).isFalse();
    }

    @Test
    void noTypoIsForgivenInChinese() {
        assertThat(typed(attention, "自注意机制").correct()).isFalse();
        assertThat(typed(attention, "自主意力").correct()).isFalse();
    }

    @Test
    void noTypoIsForgivenInShortAnswers() {
        AnswerKey rnn = new AnswerKey.ShortAnswerKey(List.of("RNN"), List.of("RNN", "LSTM"));
        assertThat(typed(rnn, "RNM").correct()).isFalse();
        assertThat(typed(rnn, "LTSM").correct()).isFalse();
        AnswerKey bert = new AnswerKey.ShortAnswerKey(List.of("BERT"), List.of("BERT"));
        assertThat(typed(bert, "BRET").correct()).isFalse();
    }

    @Test
    void aTypoMayNeverChangeANumber() {
        AnswerKey llama = new AnswerKey.ShortAnswerKey(List.of("LLaMA-2"), List.of("LLaMA-2"));
        assertThat(typed(llama, "LLaMA-3").correct()).isFalse();
        assertThat(typed(llama, "LLaMA-22").correct()).isFalse();
        assertThat(typed(llama, "LLaMA 2").correct()).isTrue();
        assertThat(typed(llama, "LLaNA-2").correct()).isTrue();
    }

    @Test
    void aForgivenTypoIsNeverRatedEasyEvenWhenFast() {
        GradeContext fast = GradeContext.timed(Duration.ofSeconds(2), Duration.ofSeconds(20));
        assertThat(Grader.grade(attention, new Response.Text("self-attention"), fast)
                        .suggestedRating())
                .isEqualTo(Rating.EASY);
        assertThat(Grader.grade(attention, new Response.Text("self-atention"), fast)
                        .suggestedRating())
                .isEqualTo(Rating.GOOD);
    }

    @Test
    void aWrongAnswerShowsTheClosestAcceptedAnswerAndWhatDiffered() {
        Grade grade = typed(transformer, "Transfomers");
        assertThat(grade.correct()).isFalse();
        Feedback.Text feedback = (Feedback.Text) grade.feedback();
        assertThat(feedback.closestAccepted()).isEqualTo("Transformer");
        assertThat(feedback.diff())
                .containsExactly(
                        new DiffSegment(Kind.SAME, "transfo"),
                        new DiffSegment(Kind.MISSING, "r"),
                        new DiffSegment(Kind.SAME, "mer"),
                        new DiffSegment(Kind.EXTRA, "s"));
    }

    @Test
    void theDiffOfAChineseAnswerMarksTheWrongCharacter() {
        Feedback.Text feedback = (Feedback.Text) typed(attention, "自主意力").feedback();
        assertThat(feedback.closestAccepted()).isEqualTo("自注意力");
        assertThat(feedback.diff())
                .containsExactly(
                        new DiffSegment(Kind.SAME, "自"),
                        new DiffSegment(Kind.EXTRA, "主"),
                        new DiffSegment(Kind.MISSING, "注"),
                        new DiffSegment(Kind.SAME, "意力"));
    }

    @Test
    void onATieTheClosestAnswerIsInTheLanguageTheLearnerTyped() {
        AnswerKey key = new AnswerKey.ShortAnswerKey(List.of("编码器"), List.of("abc"));
        assertThat(((Feedback.Text) typed(key, "编码").feedback()).language()).isEqualTo(AnswerLanguage.ZH);
        assertThat(((Feedback.Text) typed(key, "ab").feedback()).language()).isEqualTo(AnswerLanguage.EN);
    }

    @Test
    void aRightAnswerHasADiffWithNothingDifferent() {
        Feedback.Text feedback =
                (Feedback.Text) typed(transformer, "TRANSFORMER").feedback();
        assertThat(feedback.diff()).containsExactly(new DiffSegment(Kind.SAME, "transformer"));
    }

    @Test
    void blankOrPunctuationOnlyAnswersAreWrongWithAReason() {
        for (String blank : List.of("", "   ", "。，！", "\u3000")) {
            Grade grade = typed(attention, blank);
            assertThat(grade.correct()).isFalse();
            assertThat(grade.invalid())
                    .hasValueSatisfying(i -> assertThat(i.problem()).isEqualTo(Problem.BLANK));
        }
    }

    @Test
    void aHugeAnswerIsGradedWrongAsTooLongWithoutAnException() {
        Grade grade = typed(attention, "self-attention ".repeat(10_000));
        assertThat(grade.correct()).isFalse();
        assertThat(grade.suggestedRating()).isEqualTo(Rating.AGAIN);
        assertThat(grade.invalid()).hasValueSatisfying(i -> {
            assertThat(i.problem()).isEqualTo(Problem.TOO_LONG);
            assertThat(i.detail()).contains("150000").contains("500");
        });
    }

    @Test
    void fiveHundredCharactersAreStillRead() {
        String padded = "self-attention" + " ".repeat(Grader.MAX_INPUT_LENGTH - "self-attention".length());
        assertThat(typed(attention, padded).correct()).isTrue();
        assertThat(typed(attention, padded + " ").invalid()).isPresent();
    }
}
