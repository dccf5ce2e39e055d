package org.quiztrainer.srs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParametersTest {

    private static final List<Duration> STEPS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(10));
    private static final List<Duration> RELEARN = List.of(Duration.ofMinutes(10));

    @Test
    void defaultsAreThoseOfTsFsrs() {
        Parameters p = Parameters.defaults();
        assertThat(p.weights())
                .hasSize(21)
                .startsWith(0.212, 1.2931, 2.3065, 8.2956)
                .endsWith(0.1542);
        assertThat(p.desiredRetention()).isEqualTo(0.9);
        assertThat(p.maximumInterval()).isEqualTo(36500);
        assertThat(p.learningSteps()).isEqualTo(STEPS);
        assertThat(p.relearningSteps()).isEqualTo(RELEARN);
        assertThat(p.enableShortTerm()).isTrue();
    }

    @Test
    void wrongNumberOfWeightsNamesWeights() {
        assertThatThrownBy(() -> Parameters.defaults().withWeights(Parameters.DEFAULT_WEIGHTS.subList(0, 19)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weights must have 21 values")
                .hasMessageContaining("had 19");
    }

    @Test
    void notANumberWeightNamesItsIndex() {
        List<Double> weights = new ArrayList<>(Parameters.DEFAULT_WEIGHTS);
        weights.set(5, Double.NaN);
        assertThatThrownBy(() -> Parameters.defaults().withWeights(weights))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weights[5]");
        weights.set(5, Double.POSITIVE_INFINITY);
        assertThatThrownBy(() -> Parameters.defaults().withWeights(weights)).hasMessageContaining("weights[5]");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.69, 0.995, 1.0, 0.0, Double.NaN})
    void retentionOutsideTheRangeNamesDesiredRetention(double retention) {
        assertThatThrownBy(() -> Parameters.defaults().withDesiredRetention(retention))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("desiredRetention must be in 0.70..0.99");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.70, 0.85, 0.99})
    void retentionAtAndInsideTheBoundsIsAccepted(double retention) {
        assertThat(Parameters.defaults().withDesiredRetention(retention).desiredRetention())
                .isEqualTo(retention);
    }

    @Test
    void emptyLearningStepsAreRejectedWithShortTermOnButAllowedWithItOff() {
        assertThatThrownBy(() -> parameters(List.of(), RELEARN, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("learningSteps");
        assertThat(parameters(List.of(), List.of(), false).learningSteps()).isEmpty();
        assertThat(parameters(STEPS, List.of(), true).relearningSteps()).isEmpty();
    }

    @Test
    void stepsMustBeWholePositiveMinutes() {
        assertThatThrownBy(() -> parameters(List.of(Duration.ofSeconds(30)), RELEARN, true))
                .hasMessageContaining("learningSteps[0]");
        assertThatThrownBy(() -> parameters(STEPS, List.of(Duration.ofSeconds(90)), true))
                .hasMessageContaining("relearningSteps[0]");
        assertThatThrownBy(() -> parameters(List.of(Duration.ofMinutes(1), Duration.ofMinutes(-5)), RELEARN, true))
                .hasMessageContaining("learningSteps[1]");
    }

    @Test
    void otherFieldsAreCheckedByName() {
        Parameters d = Parameters.defaults();
        assertThatThrownBy(() -> new Parameters(d.weights(), 0.9, 0, STEPS, RELEARN, true, false, 0, ZoneOffset.UTC))
                .hasMessageContaining("maximumInterval");
        assertThatThrownBy(() -> d.withDayStart(24, ZoneOffset.UTC)).hasMessageContaining("dayStartHour");
        assertThatThrownBy(() -> d.withDayStart(-1, ZoneOffset.UTC)).hasMessageContaining("dayStartHour");
        assertThatThrownBy(() -> d.withDayStart(4, null)).hasMessageContaining("zone");
        assertThat(d.withDayStart(4, ZoneId.of("Asia/Shanghai")).dayStartHour()).isEqualTo(4);
    }

    @Test
    void listsAreCopiedSoTheRecordStaysImmutable() {
        List<Double> weights = new ArrayList<>(Parameters.DEFAULT_WEIGHTS);
        Parameters p = Parameters.defaults().withWeights(weights);
        weights.set(0, 99.0);
        assertThat(p.weights().get(0)).isEqualTo(0.212);
        assertThatThrownBy(() -> p.weights().set(0, 1.0)).isInstanceOf(UnsupportedOperationException.class);
    }

    private static Parameters parameters(List<Duration> learning, List<Duration> relearning, boolean shortTerm) {
        return new Parameters(
                Parameters.DEFAULT_WEIGHTS, 0.9, 36500, learning, relearning, shortTerm, false, 0, ZoneOffset.UTC);
    }
}
