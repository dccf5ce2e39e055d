package org.quiztrainer.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quiztrainer.grading.Fixtures.grade;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quiztrainer.srs.Rating;

class ChoiceGradingTest {

    private final AnswerKey.ChoiceKey single = AnswerKey.ChoiceKey.single(4, 2);
    /** Choices 0, 1 and 3 of five are correct. */
    private final AnswerKey.ChoiceKey multiple = AnswerKey.ChoiceKey.multiple(5, 0, 1, 3);

    @Test
    void theCorrectSingleChoiceIsRightAndSuggestsGood() {
        Grade grade = grade(single, Response.Choices.of(2));
        assertThat(grade.correct()).isTrue();
        assertThat(grade.score()).isEqualTo(1.0);
        assertThat(grade.suggestedRating()).isEqualTo(Rating.GOOD);
        assertThat(grade.feedback()).isEqualTo(new Feedback.Choices(List.of(2), List.of(), List.of()));
    }

    @Test
    void aWrongSingleChoiceShowsWhatWasWrongAndWhatWasMissed() {
        Grade grade = grade(single, Response.Choices.of(0));
        assertThat(grade.correct()).isFalse();
        assertThat(grade.score()).isZero();
        assertThat(grade.suggestedRating()).isEqualTo(Rating.AGAIN);
        Feedback.Choices feedback = (Feedback.Choices) grade.feedback();
        assertThat(feedback.chosenWrong()).containsExactly(0);
        assertThat(feedback.missed()).containsExactly(2);
    }

    @Test
    void choosingNothingInASingleChoiceIsWrongNotAnError() {
        Grade grade = grade(single, Response.Choices.of());
        assertThat(grade.score()).isZero();
        assertThat(grade.invalid()).isEmpty();
    }

    @Test
    void twoChoicesForASingleChoiceQuestionAreRefusedAsMalformed() {
        Grade grade = grade(single, Response.Choices.of(1, 2));
        assertThat(grade.score()).isZero();
        assertThat(grade.invalid())
                .hasValueSatisfying(i -> assertThat(i.problem()).isEqualTo(Problem.MALFORMED));
    }

    @Test
    void aChoiceTheQuestionDoesNotHaveIsMalformedNotAnException() {
        Grade grade = grade(multiple, Response.Choices.of(0, 7));
        assertThat(grade.invalid()).hasValueSatisfying(i -> {
            assertThat(i.problem()).isEqualTo(Problem.MALFORMED);
            assertThat(i.detail()).contains("0..4");
        });
    }

    @ParameterizedTest(name = "chosen {0}: score {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "0,1,3;   1.0",
                "0,1;     0.6666666667",
                "0;       0.3333333333",
                "0,1,2;   0.3333333333",
                "0,1,3,2; 0.6666666667",
                "0,2;     0.0",
                "2,4;     0.0",
                "0,1,2,3,4; 0.3333333333",
                "'';      0.0"
            })
    void multipleChoiceGivesCorrectMinusWrongOverCorrectFlooredAtZero(String chosen, double score) {
        Integer[] indexes = chosen.isBlank()
                ? new Integer[0]
                : Arrays.stream(chosen.split(",")).map(Integer::valueOf).toArray(Integer[]::new);
        Grade grade = grade(multiple, Response.Choices.of(indexes));
        assertThat(grade.score()).isCloseTo(score, within(1e-9));
        assertThat(grade.suggestedRating()).isEqualTo(score == 1.0 ? Rating.GOOD : Rating.AGAIN);
    }

    @Test
    void multipleChoiceFeedbackNamesEachRightWrongAndMissedChoice() {
        Feedback.Choices feedback =
                (Feedback.Choices) grade(multiple, Response.Choices.of(3, 0, 4)).feedback();
        assertThat(feedback.chosenCorrect()).containsExactly(0, 3);
        assertThat(feedback.chosenWrong()).containsExactly(4);
        assertThat(feedback.missed()).containsExactly(1);
    }

    @Test
    void trueFalseIsRightOnlyForTheKeysAnswer() {
        AnswerKey key = new AnswerKey.TrueFalseKey(false);
        assertThat(grade(key, new Response.TrueFalse(false)).correct()).isTrue();
        Grade wrong = grade(key, new Response.TrueFalse(true));
        assertThat(wrong.correct()).isFalse();
        assertThat(wrong.suggestedRating()).isEqualTo(Rating.AGAIN);
        assertThat(wrong.feedback()).isEqualTo(new Feedback.TrueFalse(false, true));
    }
}
