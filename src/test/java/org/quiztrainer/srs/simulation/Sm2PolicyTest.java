package org.quiztrainer.srs.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.State;

class Sm2PolicyTest {

    private static final Instant T0 = Instant.parse("2024-01-01T09:00:00Z");
    private final Sm2Policy sm2 = new Sm2Policy();

    @Test
    void newCardGoesThroughOneAndTenMinuteStepsThenGraduatesToOneDay() {
        Sm2Policy.Sm2Card card = sm2.create("c", T0);
        card = sm2.review(card, Rating.GOOD, T0);
        assertThat(card.state()).isEqualTo(State.LEARNING);
        assertThat(card.due()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
        assertThat(sm2.review(sm2.create("c", T0), Rating.HARD, T0).due()).isEqualTo(T0.plus(Duration.ofMinutes(6)));
        card = sm2.review(card, Rating.GOOD, card.due());
        assertThat(card.state()).isEqualTo(State.REVIEW);
        assertThat(card.interval()).isEqualTo(1);
        assertThat(card.ease()).isEqualTo(2.5);
        assertThat(sm2.review(sm2.create("c", T0), Rating.EASY, T0).interval()).isEqualTo(4);
    }

    @Test
    void reviewIntervalsFollowEaseHardFactorAndEasyBonus() {
        Sm2Policy.Sm2Card card = new Sm2Policy.Sm2Card(State.REVIEW, 0, 2.5, 10, T0);
        assertThat(sm2.review(card, Rating.HARD, T0).interval()).isEqualTo(12);
        assertThat(sm2.review(card, Rating.HARD, T0).ease()).isEqualTo(2.35);
        assertThat(sm2.review(card, Rating.GOOD, T0).interval()).isEqualTo(25);
        assertThat(sm2.review(card, Rating.EASY, T0).interval()).isEqualTo(32);
        assertThat(sm2.review(card, Rating.EASY, T0).ease()).isEqualTo(2.65);
        Instant fourDaysLate = T0.plus(Duration.ofDays(4));
        assertThat(sm2.review(card, Rating.GOOD, fourDaysLate).interval()).isEqualTo(30);
    }

    @Test
    void lapseLowersEaseRelearnsAndResumesAtOneDayWithEaseNeverBelowOnePointThree() {
        Sm2Policy.Sm2Card card = new Sm2Policy.Sm2Card(State.REVIEW, 0, 1.4, 30, T0);
        Sm2Policy.Sm2Card lapsed = sm2.review(card, Rating.AGAIN, T0);
        assertThat(lapsed.state()).isEqualTo(State.RELEARNING);
        assertThat(lapsed.ease()).isEqualTo(1.3);
        assertThat(lapsed.due()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
        Sm2Policy.Sm2Card relearned = sm2.review(lapsed, Rating.GOOD, lapsed.due());
        assertThat(relearned.state()).isEqualTo(State.REVIEW);
        assertThat(relearned.interval()).isEqualTo(1);
        assertThat(sm2.review(relearned, Rating.AGAIN, relearned.due()).ease()).isEqualTo(1.3);
    }
}
