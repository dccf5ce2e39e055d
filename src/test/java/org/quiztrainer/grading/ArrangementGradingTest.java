package org.quiztrainer.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quiztrainer.grading.Fixtures.grade;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quiztrainer.srs.Rating;

class ArrangementGradingTest {

    /** The Transformer's parts in the order the data flows through them. */
    private final AnswerKey.OrderingKey parts =
            new AnswerKey.OrderingKey(List.of("embedding", "position", "encoder", "decoder"));

    private final AnswerKey.MatchingKey kinds = new AnswerKey.MatchingKey(
            pairs("gpt", "decoder-only", "bert", "encoder-only", "t5", "encoder-decoder", "word2vec", "static"));

    private static Map<String, String> pairs(String... leftsAndRights) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int i = 0; i < leftsAndRights.length; i += 2) {
            pairs.put(leftsAndRights[i], leftsAndRights[i + 1]);
        }
        return pairs;
    }

    private Grade ordered(String... order) {
        return grade(parts, new Response.Order(List.of(order)));
    }

    @ParameterizedTest(name = "{0}: score {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "embedding position encoder decoder; 1.0",
                "position embedding encoder decoder; 0.6666666667",
                "position encoder decoder embedding; 0.6666666667",
                "decoder embedding position encoder; 0.6666666667",
                "embedding decoder encoder position; 0.3333333333",
                "decoder encoder position embedding; 0.0"
            })
    void orderingScoresTheLongestRunInTheRightOrder(String order, double score) {
        Grade grade = ordered(order.split(" "));
        assertThat(grade.score()).isCloseTo(score, within(1e-9));
        assertThat(grade.correct()).isEqualTo(score == 1.0);
    }

    @Test
    void oneItemMovedFromFirstToLastCostsOneStepNotEveryPosition() {
        Grade grade = ordered("position", "encoder", "decoder", "embedding");
        Feedback.Ordering feedback = (Feedback.Ordering) grade.feedback();
        assertThat(feedback.wrongPositions()).containsExactly(0, 1, 2, 3);
        assertThat(feedback.toMove()).containsExactly("embedding");
        assertThat(grade.suggestedRating()).isEqualTo(Rating.AGAIN);
    }

    @Test
    void aSwapShowsTheTwoWrongPositions() {
        Feedback.Ordering feedback = (Feedback.Ordering)
                ordered("embedding", "encoder", "position", "decoder").feedback();
        assertThat(feedback.wrongPositions()).containsExactly(1, 2);
        assertThat(feedback.toMove()).hasSize(1).containsAnyOf("encoder", "position");
    }

    @Test
    void anOrderWithAMissingRepeatedOrUnknownItemIsMalformed() {
        for (List<String> bad : List.of(
                List.of("embedding", "position", "encoder"),
                List.of("embedding", "position", "encoder", "encoder"),
                List.of("embedding", "position", "encoder", "softmax"))) {
            Grade grade = grade(parts, new Response.Order(bad));
            assertThat(grade.score()).isZero();
            assertThat(grade.invalid())
                    .as(bad.toString())
                    .hasValueSatisfying(i -> assertThat(i.problem()).isEqualTo(Problem.MALFORMED));
        }
    }

    @Test
    void matchingScoresTheShareOfCorrectPairs() {
        assertThat(grade(kinds, new Response.Pairs(kinds.pairs())).correct()).isTrue();
        Grade half = grade(
                kinds,
                new Response.Pairs(pairs(
                        "gpt", "decoder-only", "bert", "encoder-decoder", "t5", "encoder-only", "word2vec", "static")));
        assertThat(half.score()).isEqualTo(0.5);
        assertThat(half.suggestedRating()).isEqualTo(Rating.AGAIN);
    }

    @Test
    void matchingFeedbackNamesCorrectWrongAndUnansweredPairsInTheKeysOrder() {
        Grade grade = grade(kinds, new Response.Pairs(pairs("t5", "encoder-only", "gpt", "decoder-only")));
        assertThat(grade.score()).isEqualTo(0.25);
        Feedback.Matching feedback = (Feedback.Matching) grade.feedback();
        assertThat(feedback.correct()).containsExactly("gpt");
        assertThat(feedback.wrong()).containsExactly(Map.entry("t5", "encoder-only"));
        assertThat(feedback.unanswered()).containsExactly("bert", "word2vec");
    }

    @Test
    void theSameRightSideChosenTwiceCountsOnlyWhereItBelongs() {
        Grade grade = grade(
                kinds,
                new Response.Pairs(pairs("gpt", "static", "bert", "static", "t5", "static", "word2vec", "static")));
        assertThat(grade.score()).isEqualTo(0.25);
    }

    @Test
    void aPairWithAnUnknownSideIsMalformed() {
        for (Map<String, String> bad :
                List.of(pairs("gpt", "decoder-only", "llama", "decoder-only"), pairs("gpt", "autoregressive"))) {
            assertThat(grade(kinds, new Response.Pairs(bad)).invalid())
                    .as(bad.toString())
                    .hasValueSatisfying(i -> assertThat(i.problem()).isEqualTo(Problem.MALFORMED));
        }
    }
}
