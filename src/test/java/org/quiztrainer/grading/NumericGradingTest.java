package org.quiztrainer.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quiztrainer.grading.Fixtures.DAYS;
import static org.quiztrainer.grading.Fixtures.LAYERS;
import static org.quiztrainer.grading.Fixtures.PARAMS;
import static org.quiztrainer.grading.Fixtures.PERCENT;
import static org.quiztrainer.grading.Fixtures.TOKENS;
import static org.quiztrainer.grading.Fixtures.YEAR;
import static org.quiztrainer.grading.Fixtures.grade;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quiztrainer.srs.Rating;

class NumericGradingTest {

    /** GPT-3: 175 billion parameters. */
    private final AnswerKey.NumericKey gpt3 = new AnswerKey.NumericKey(new BigDecimal("175"), BigDecimal.ZERO, PARAMS);

    private static Grade typed(AnswerKey key, String text) {
        return grade(key, new Response.NumberText(text));
    }

    private static BigDecimal given(Grade grade) {
        return ((Feedback.Numeric) grade.feedback()).given();
    }

    @Test
    void oneHundredSeventyFiveBillionIsOneAnswerHoweverItIsWritten() {
        for (String text : List.of("175B", "175 billion", "1750亿")) {
            Grade grade = typed(gpt3, text);
            assertThat(grade.correct()).as(text).isTrue();
            assertThat(given(grade)).as(text).isEqualByComparingTo("175");
        }
    }

    @ParameterizedTest(name = "\"{0}\" is 175 billion")
    @ValueSource(
            strings = {
                "175",
                "175B",
                "175 B",
                "175b",
                "175 billion",
                "175 Billion",
                "175 billions",
                "175 billion parameters",
                "175B parameters",
                "1750亿个参数",
                "1750亿参数",
                "175bn",
                "175十亿",
                "1750亿",
                "1750 亿",
                "1,750亿",
                "0.175T",
                "0.175 trillion",
                ".175T",
                "175000M",
                "175,000 million",
                "17500000万",
                "1.75千亿",
                "0.175万亿",
                "1.75e2 B",
                "1.75E2B",
                "17.5e1",
                "１７５Ｂ",
                "１７５０亿",
                "１，７５０亿",
                "一千七百五十亿",
                "一百七十五 十亿",
                "一千七百五十 亿",
                "一百七十五B",
                "+175B",
                " 175B ",
                "175B。",
                "175 billion.",
                "175!"
            })
    void everySpellingAndScaleWordOfTheUnitIsRead(String text) {
        Grade grade = typed(gpt3, text);
        assertThat(grade.correct()).isTrue();
        assertThat(given(grade)).isEqualByComparingTo("175");
    }

    @Test
    void theFeedbackSaysWhichWordWasRead() {
        assertThat(((Feedback.Numeric) typed(gpt3, "1750亿").feedback()).readAs())
                .isEqualTo("亿");
        assertThat(((Feedback.Numeric) typed(gpt3, "175 Billion").feedback()).readAs())
                .isEqualTo("billion");
        assertThat(((Feedback.Numeric) typed(gpt3, "175").feedback()).readAs()).isEmpty();
    }

    @Test
    void aWrongNumberShowsWhatItWasReadAs() {
        Grade grade = typed(gpt3, "1750B");
        assertThat(grade.correct()).isFalse();
        assertThat(grade.suggestedRating()).isEqualTo(Rating.AGAIN);
        Feedback.Numeric feedback = (Feedback.Numeric) grade.feedback();
        assertThat(feedback.given()).isEqualByComparingTo("1750");
        assertThat(feedback.expected()).isEqualByComparingTo("175");
        assertThat(feedback.readAs()).isEqualTo("B");
        assertThat(typed(gpt3, "175亿").correct()).as("17.5 billion").isFalse();
        assertThat(typed(gpt3, "175M").correct()).isFalse();
        assertThat(typed(gpt3, "175T").correct()).isFalse();
    }

    @Test
    void theToleranceIsAbsoluteInTheKeysUnitAndInclusive() {
        AnswerKey key = new AnswerKey.NumericKey(new BigDecimal("175"), new BigDecimal("5"), PARAMS);
        assertThat(typed(key, "180B").correct()).isTrue();
        assertThat(typed(key, "1700亿").correct()).isTrue();
        assertThat(typed(key, "0.17T").correct()).isTrue();
        assertThat(typed(key, "180.01B").correct()).isFalse();
        assertThat(typed(key, "169.99").correct()).isFalse();
    }

    @Test
    void unitsWithSeveralWordsAndOtherBasesAreRead() {
        AnswerKey corpus = new AnswerKey.NumericKey(new BigDecimal("300"), BigDecimal.ZERO, TOKENS);
        for (String text :
                List.of("300B tokens", "300 billion tokens", "0.3T tokens", "0.3 trillion  tokens", "3000亿", "300")) {
            assertThat(typed(corpus, text).correct()).as(text).isTrue();
        }
        AnswerKey training = new AnswerKey.NumericKey(new BigDecimal("60"), BigDecimal.ZERO, DAYS);
        for (String text : List.of("60", "60 d", "60 days", "60天", "六十天", "1440 h", "1440小时")) {
            assertThat(typed(training, text).correct()).as(text).isTrue();
        }
    }

    @Test
    void aBareNumberKeyReadsPlainAndChineseNumbers() {
        AnswerKey layers = new AnswerKey.NumericKey(new BigDecimal("96"), BigDecimal.ZERO);
        assertThat(typed(layers, "96").correct()).isTrue();
        assertThat(typed(layers, "九十六").correct()).isTrue();
        assertThat(typed(layers, "96.0").correct()).isTrue();
        assertThat(typed(layers, "95").correct()).isFalse();
        assertThat(typed(layers, "96 B").invalid()).hasValueSatisfying(i -> {
            assertThat(i.problem()).isEqualTo(Problem.UNKNOWN_UNIT);
            assertThat(i.detail()).contains("plain number");
        });
    }

    @ParameterizedTest(name = "\"{0}\" is the year 1997")
    @ValueSource(strings = {"1997", "1997年", "1997 年", "1997年。", "一九九七年", "一九九七", "1997 AD"})
    void aYearIsReadWithTheChineseWordForYear(String text) {
        AnswerKey lstm = new AnswerKey.NumericKey(new BigDecimal("1997"), BigDecimal.ZERO, YEAR);
        Grade grade = typed(lstm, text);
        assertThat(grade.correct()).isTrue();
        assertThat(given(grade)).isEqualByComparingTo("1997");
    }

    @Test
    void aChineseUnitWordCountsOnlyWhereItIsTheQuestionsUnit() {
        AnswerKey encoder = new AnswerKey.NumericKey(new BigDecimal("6"), BigDecimal.ZERO, LAYERS);
        for (String text : List.of("6层", "6 层", "六层", "6个", "六个", "6 layers")) {
            assertThat(typed(encoder, text).correct()).as(text).isTrue();
        }
        assertThat(typed(encoder, "5层").correct()).isFalse();
        assertThat(typed(encoder, "6年").invalid())
                .as("a year is not a number of layers")
                .hasValueSatisfying(i -> assertThat(i.problem()).isEqualTo(Problem.UNKNOWN_UNIT));
        AnswerKey plain = new AnswerKey.NumericKey(new BigDecimal("6"), BigDecimal.ZERO);
        assertThat(typed(plain, "6层").invalid())
                .as("without a unit the answer is a plain number")
                .hasValueSatisfying(i -> assertThat(i.problem()).isEqualTo(Problem.UNKNOWN_UNIT));
    }

    @Test
    void aPercentageIsReadInBothLanguages() {
        AnswerKey share = new AnswerKey.NumericKey(new BigDecimal("60"), new BigDecimal("2"), PERCENT);
        for (String text : List.of("60", "60%", "60 %", "61%", "60 percent", "百分之六十", "百分之60")) {
            assertThat(typed(share, text).correct()).as(text).isTrue();
        }
        assertThat(typed(share, "百分之五十").correct()).isFalse();
        AnswerKey plain = new AnswerKey.NumericKey(new BigDecimal("60"), BigDecimal.ZERO);
        assertThat(typed(plain, "百分之六十").invalid())
                .as("百分之 is read only where the unit is a percentage")
                .hasValueSatisfying(i -> assertThat(i.problem()).isEqualTo(Problem.NOT_A_NUMBER));
    }

    @Test
    void onlyFourBareChineseDigitsReadAsAYear() {
        AnswerKey key = new AnswerKey.NumericKey(new BigDecimal("2017"), BigDecimal.ZERO);
        assertThat(typed(key, "二〇一七").correct()).isTrue();
        assertThat(typed(key, "二零一七").correct()).isTrue();
        assertThat(typed(key, "二〇一").invalid()).isPresent();
    }

    @Test
    void negativeNumbersIncludingTheUnicodeMinusAreRead() {
        AnswerKey key = new AnswerKey.NumericKey(new BigDecimal("-3"), BigDecimal.ZERO);
        assertThat(typed(key, "-3").correct()).isTrue();
        assertThat(typed(key, "\u22123").correct()).isTrue();
        assertThat(typed(key, "3").correct()).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" is not a number")
    @ValueSource(strings = {"abc", "B175", "about 175", "?175", "e5", "一二三"})
    void textThatIsNotANumberIsGradedWrongWithAReason(String text) {
        Grade grade = typed(gpt3, text);
        assertThat(grade.correct()).isFalse();
        assertThat(grade.suggestedRating()).isEqualTo(Rating.AGAIN);
        assertThat(grade.invalid()).hasValueSatisfying(i -> {
            assertThat(i.problem()).isEqualTo(Problem.NOT_A_NUMBER);
            assertThat(i.detail()).contains(text);
        });
    }

    @Test
    void theReasonQuotesALongAnswerOnlyInPart() {
        Grade grade = typed(gpt3, "about " + "x".repeat(400));
        assertThat(grade.invalid()).hasValueSatisfying(i -> {
            assertThat(i.detail()).startsWith("'about xxx").contains("...'");
            assertThat(i.detail().length()).isLessThan(100);
        });
    }

    @Test
    void aDecimalCommaIsExplainedNotGuessed() {
        Grade grade = typed(gpt3, "0,175T");
        assertThat(grade.invalid()).hasValueSatisfying(i -> {
            assertThat(i.problem()).isEqualTo(Problem.NOT_A_NUMBER);
            assertThat(i.detail()).contains("point");
        });
    }

    @Test
    void anUnknownUnitNamesTheWordAndTheAcceptedOnes() {
        Grade grade = typed(gpt3, "175 parameters");
        assertThat(grade.invalid()).hasValueSatisfying(i -> {
            assertThat(i.problem()).isEqualTo(Problem.UNKNOWN_UNIT);
            assertThat(i.detail()).contains("'parameters'").contains("billion").contains("亿");
        });
        assertThat(typed(gpt3, "175 m").invalid())
                .as("one-letter words keep their case")
                .hasValueSatisfying(i -> assertThat(i.problem()).isEqualTo(Problem.UNKNOWN_UNIT));
    }

    @Test
    void aHugeExponentIsRefusedQuickly() {
        for (String text : List.of("1e999999999", "1e-101", "1e99999999999999999999")) {
            assertThat(typed(gpt3, text).invalid())
                    .as(text)
                    .hasValueSatisfying(i -> assertThat(i.problem()).isEqualTo(Problem.OUT_OF_RANGE));
        }
        assertThat(typed(gpt3, "1.75e100").correct()).isFalse();
    }

    @Test
    void aHugeOrBlankAnswerIsGradedWrongWithoutAnException() {
        assertThat(typed(gpt3, "1".repeat(100_000)).invalid())
                .hasValueSatisfying(i -> assertThat(i.problem()).isEqualTo(Problem.TOO_LONG));
        for (String blank : List.of("  ", "?", "。")) {
            assertThat(typed(gpt3, blank).invalid())
                    .as(blank)
                    .hasValueSatisfying(i -> assertThat(i.problem()).isEqualTo(Problem.BLANK));
        }
        assertThat(typed(gpt3, "9".repeat(400)).correct()).isFalse();
    }
}
