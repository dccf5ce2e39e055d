package org.quiztrainer.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quiztrainer.classroom.ItemStatistics.Answered;
import org.quiztrainer.classroom.ItemStatistics.Sheet;
import org.quiztrainer.grading.Response;

/**
 * Four attempts at three questions, worked by hand. Marks (q1, q2, q3) and totals: A (1, 1, 0) = 2,
 * B (1, 0, 1) = 2, C (0, 0, 1) = 1, D (0, -, -) = 0.
 */
class ItemStatisticsTest {

    static final List<String> QS = List.of("q1", "q2", "q3");

    static Answered choice(double mark, Integer... chosen) {
        return new Answered(mark, Response.Choices.of(chosen), 10_000);
    }

    static Answered tf(double mark, boolean answer) {
        return new Answered(mark, new Response.TrueFalse(answer), 20_000);
    }

    final List<ItemStats> stats = ItemStatistics.analyse(List.of(
            new Sheet(
                    QS,
                    Map.of(
                            "q1",
                            choice(1, 0),
                            "q2",
                            tf(1, true),
                            "q3",
                            new Answered(0, new Response.Text(" GPT "), 30_000))),
            new Sheet(
                    QS,
                    Map.of(
                            "q1",
                            choice(1, 0),
                            "q2",
                            tf(0, false),
                            "q3",
                            new Answered(1, new Response.Text("gpt"), 30_000))),
            new Sheet(
                    QS,
                    Map.of(
                            "q1",
                            choice(0, 1, 2),
                            "q2",
                            tf(0, false),
                            "q3",
                            new Answered(1, new Response.Text("Gpt"), 60_000))),
            new Sheet(QS, Map.of("q1", choice(0, 3)))));

    @Test
    void facilityIsTheMeanMarkAndTheDeviationIsTheSampleOne() {
        assertThat(stats).extracting(ItemStats::facility).containsExactly(0.5, 0.25, 0.5);
        assertThat(stats.get(0).sd()).as("sqrt(1 / 3)").isCloseTo(0.57735, within(1e-5));
        assertThat(stats).extracting(ItemStats::attempts).containsExactly(4, 4, 4);
    }

    @Test
    void discriminationIsTheCorrelationWithTheRestOfTheTest() {
        assertThat(stats.get(0).discrimination()).as("0.5 / sqrt(1 * 0.75)").isCloseTo(0.57735, within(1e-5));
        assertThat(stats.get(1).discrimination())
                .as("no covariance with the rest")
                .isCloseTo(0, within(1e-12));
        assertThat(stats.get(2).discrimination()).as("-0.5 / sqrt(1 * 2.75)").isCloseTo(-0.30151, within(1e-5));
        assertThat(stats).extracting(ItemStats::flagged).containsExactly(false, true, true);
    }

    @Test
    void responsesAreCountedPerChoiceAndTimesAveragedOverThoseWhoAnswered() {
        assertThat(stats.get(0).distribution())
                .containsExactlyInAnyOrderEntriesOf(Map.of("0", 2, "1", 1, "2", 1, "3", 1));
        assertThat(stats.get(1).distribution())
                .containsExactlyInAnyOrderEntriesOf(Map.of("true", 1, "false", 2, ItemStatistics.NO_ANSWER, 1));
        assertThat(stats.get(2).distribution()).containsEntry("gpt", 3);
        assertThat(stats.get(2).averageSeconds()).isEqualTo(40.0);
        assertThat(stats.get(0).averageSeconds()).isEqualTo(10.0);
    }

    @Test
    void discriminationIsUndefinedWithoutSpread() {
        List<ItemStats> same = ItemStatistics.analyse(List.of(
                new Sheet(List.of("q1"), Map.of("q1", choice(1, 0))),
                new Sheet(List.of("q1"), Map.of("q1", choice(1, 0)))));
        assertThat(same.get(0).discrimination()).isNull();
        assertThat(same.get(0).flagged()).isFalse();
    }
}
