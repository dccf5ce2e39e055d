package org.quiztrainer.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quiztrainer.srs.Rating;

class RatingSuggestionTest {

    private final AnswerKey trueKey = new AnswerKey.TrueFalseKey(true);
    private static final Duration MEDIAN = Duration.ofSeconds(10);

    private Rating rate(boolean answer, GradeContext context) {
        return Grader.grade(trueKey, new Response.TrueFalse(answer), context).suggestedRating();
    }

    @ParameterizedTest(name = "right in {0} ms with a 10 s median: {1}")
    @CsvSource({"1000, EASY", "4999, EASY", "5000, GOOD", "10000, GOOD", "20000, GOOD", "20001, HARD", "600000, HARD"})
    void aRightAnswerIsGoodHardWhenSlowerThanTwiceTheMedianEasyWhenFasterThanHalf(long millis, Rating rating) {
        assertThat(rate(true, GradeContext.timed(Duration.ofMillis(millis), MEDIAN)))
                .isEqualTo(rating);
    }

    @Test
    void aWrongAnswerIsAgainHoweverFast() {
        for (Duration time :
                List.of(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofHours(1))) {
            assertThat(rate(false, GradeContext.timed(time, MEDIAN))).isEqualTo(Rating.AGAIN);
        }
    }

    @Test
    void partialCreditKeepsItsScoreButSuggestsAgain() {
        Grade grade = Grader.grade(
                AnswerKey.ChoiceKey.multiple(4, 0, 1),
                Response.Choices.of(0),
                GradeContext.timed(Duration.ofSeconds(1), MEDIAN));
        assertThat(grade.score()).isEqualTo(0.5);
        assertThat(grade.suggestedRating()).isEqualTo(Rating.AGAIN);
    }

    @Test
    void withoutHistoryARightAnswerIsGoodHoweverFastOrSlow() {
        for (Duration time : List.of(Duration.ZERO, Duration.ofSeconds(1), Duration.ofHours(1))) {
            assertThat(rate(true, GradeContext.withoutHistory(time))).isEqualTo(Rating.GOOD);
        }
    }

    @Test
    void theThresholdsCanBeSetPerLearner() {
        GradeContext strict = new GradeContext(Duration.ofSeconds(16), Optional.of(MEDIAN), 1.5, 0.8);
        assertThat(rate(true, strict)).isEqualTo(Rating.HARD);
        GradeContext generous = new GradeContext(Duration.ofSeconds(7), Optional.of(MEDIAN), 3, 0.8);
        assertThat(rate(true, generous)).isEqualTo(Rating.EASY);
    }
}
