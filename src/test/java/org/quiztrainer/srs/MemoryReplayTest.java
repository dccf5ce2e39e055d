package org.quiztrainer.srs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryReplayTest {

    private static final Instant T0 = Instant.parse("2024-01-01T09:00:00Z");

    private static List<MemoryReplay.Review> history() {
        return List.of(
                new MemoryReplay.Review(T0, Rating.GOOD),
                new MemoryReplay.Review(T0.plus(Duration.ofMinutes(10)), Rating.GOOD),
                new MemoryReplay.Review(T0.plus(Duration.ofDays(3)), Rating.AGAIN),
                new MemoryReplay.Review(T0.plus(Duration.ofDays(3).plusMinutes(10)), Rating.GOOD),
                new MemoryReplay.Review(T0.plus(Duration.ofDays(9)), Rating.EASY));
    }

    @Test
    void replayGivesTheCardTheSchedulerWouldHaveProduced() {
        Scheduler scheduler = new Scheduler(Parameters.defaults());
        Card expected = Card.createNew("c", T0);
        for (MemoryReplay.Review r : history()) {
            expected = scheduler.review(expected, r.rating(), r.at()).card();
        }
        assertThat(MemoryReplay.replay(scheduler, "c", history(), T0)).isEqualTo(expected);
        assertThat(expected.lapses()).isEqualTo(1);
    }

    @Test
    void otherWeightsGiveOtherMemoryFromTheSameHistory() {
        List<Double> weights = new ArrayList<>(Parameters.DEFAULT_WEIGHTS);
        weights.set(8, 2.4);
        Card base = MemoryReplay.replay(new Scheduler(Parameters.defaults()), "c", history(), T0);
        Card other = MemoryReplay.replay(new Scheduler(Parameters.defaults().withWeights(weights)), "c", history(), T0);
        assertThat(other.stability()).isGreaterThan(base.stability());
        Card kept = MemoryReplay.merge(base, other, false);
        assertThat(kept.stability()).isEqualTo(other.stability());
        assertThat(kept.difficulty()).isEqualTo(other.difficulty());
        assertThat(kept.due()).isEqualTo(base.due());
        assertThat(MemoryReplay.merge(base, other, true).due()).isEqualTo(other.due());
    }

    @Test
    void anEmptyHistoryIsANewCardAndTimeMayNotGoBack() {
        assertThat(MemoryReplay.replay(new Scheduler(Parameters.defaults()), "c", List.of(), T0)
                        .state())
                .isEqualTo(State.NEW);
        List<MemoryReplay.Review> backwards = List.of(
                new MemoryReplay.Review(T0, Rating.GOOD), new MemoryReplay.Review(T0.minusSeconds(60), Rating.GOOD));
        assertThatThrownBy(() -> MemoryReplay.replay(new Scheduler(Parameters.defaults()), "c", backwards, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
