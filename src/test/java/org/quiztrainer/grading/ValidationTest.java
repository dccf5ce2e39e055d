package org.quiztrainer.grading;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quiztrainer.srs.Rating;

/** Keys, responses and contexts that no correct caller builds are refused with a message naming the fault. */
class ValidationTest {

    @Test
    void choiceKeysNeedTwoChoicesACorrectOneInRangeAndOneOnlyForSingleChoice() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AnswerKey.ChoiceKey.single(1, 0))
                .withMessageContaining("at least 2 choices");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AnswerKey.ChoiceKey.single(4, 4))
                .withMessageContaining("outside 0..3");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AnswerKey.ChoiceKey(4, Set.of(), true))
                .withMessageContaining("at least one correct");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AnswerKey.ChoiceKey(4, Set.of(0, 1), false))
                .withMessageContaining("exactly one correct");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AnswerKey.ChoiceKey(4, null, false))
                .withMessageContaining("must not be null");
    }

    @Test
    void shortAnswerKeysNeedAnAnswerThatSurvivesNormalisation() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AnswerKey.ShortAnswerKey(List.of(), List.of()))
                .withMessageContaining("needs an accepted answer");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AnswerKey.ShortAnswerKey(List.of("。"), List.of("x")))
                .withMessageContaining("empty once normalised");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AnswerKey.ShortAnswerKey(Arrays.asList("a", null), List.of()))
                .withMessageContaining("must not contain null");
    }

    @Test
    void numericKeysAndUnitsRefuseNegativeOrMissingValues() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AnswerKey.NumericKey(BigDecimal.ONE, new BigDecimal("-1")))
                .withMessageContaining("tolerance must not be negative");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AnswerKey.NumericKey(null, BigDecimal.ONE))
                .withMessageContaining("value must not be null");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new UnitSpec(BigDecimal.ZERO, List.of("B"), Map.of()))
                .withMessageContaining("base must be positive");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new UnitSpec(BigDecimal.ONE, List.of("B"), Map.of("B", BigDecimal.TEN)))
                .withMessageContaining("both a spelling and a scale word");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new UnitSpec(BigDecimal.ONE, List.of("d"), Map.of("h", BigDecimal.ZERO)))
                .withMessageContaining("positive multiplier");
    }

    @Test
    void orderingAndMatchingKeysNeedTwoDistinctItems() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AnswerKey.OrderingKey(List.of("a")))
                .withMessageContaining("at least 2 items");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AnswerKey.OrderingKey(List.of("a", "a")))
                .withMessageContaining("repeat");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AnswerKey.MatchingKey(Map.of("a", "x")))
                .withMessageContaining("at least 2 pairs");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AnswerKey.MatchingKey(Map.of("a", "x", "b", "x")))
                .withMessageContaining("share a right side");
    }

    @Test
    void responsesRefuseNullAndNegativeIndexes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Response.Choices.of(-1))
                .withMessageContaining("negative");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Response.Text(null))
                .withMessageContaining("text must not be null");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Response.Order(Arrays.asList("a", null)))
                .withMessageContaining("must not contain null");
    }

    @Test
    void contextsRefuseNegativeTimesAndFactorsThatInvertTheRule() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GradeContext.withoutHistory(Duration.ofSeconds(-1)))
                .withMessageContaining("must not be negative");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GradeContext.timed(Duration.ofSeconds(1), Duration.ZERO))
                .withMessageContaining("must be positive");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new GradeContext(Duration.ZERO, Optional.empty(), 0.5, 0.5))
                .withMessageContaining("slow factor");
    }

    @Test
    void aGradeBelowOneCannotSuggestMoreThanAgain() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Grade(0.5, new Feedback.TrueFalse(true, true), Rating.GOOD))
                .withMessageContaining("suggests Again");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Grade(Double.NaN, new Feedback.TrueFalse(true, true), Rating.AGAIN))
                .withMessageContaining("0..1");
    }

    @Test
    void aResponseOfAnotherTypeThanTheKeyIsACallersBug() {
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        Grader.grade(new AnswerKey.TrueFalseKey(true), new Response.Text("true"), Fixtures.UNTIMED))
                .withMessageContaining("Text response does not answer a TrueFalseKey");
    }
}
