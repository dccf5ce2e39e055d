package org.quiztrainer.srs.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.State;

class Sm2PolicyTest {

    private static final Instant T0 = Instant.parse("2024-01-01T09:00:00Z");
    private final Sm2Policy sm2 = new Sm2Policy(false);

    private static Sm2Policy.Sm2Card reviewCard(double ease, long interval) {
        return new Sm2Policy.Sm2Card("c", 5, State.REVIEW, 0, ease, interval, T0);
    }

    @Test
    void newCardGoesThroughOneAndTenMinuteStepsThenGraduatesToOneDay() {
        Sm2Policy.Sm2Card card = sm2.create("c", T0);
        card = sm2.review(card, Rating.GOOD, T0);
        assertThat(card.state()).isEqualTo(State.LEARNING);
        assertThat(card.due()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
        assertThat(sm2.review(sm2.create("c", T0), Rating.HARD, T0).due()).isEqualTo(T0.plus(Duration.ofSeconds(330)));
        assertThat(sm2.review(card, Rating.HARD, card.due()).due())
                .isEqualTo(card.due().plus(Duration.ofMinutes(10)));
        card = sm2.review(card, Rating.GOOD, card.due());
        assertThat(card.state()).isEqualTo(State.REVIEW);
        assertThat(card.interval()).isEqualTo(1);
        assertThat(card.ease()).isEqualTo(2.5);
        assertThat(card.reps()).isEqualTo(2);
        assertThat(sm2.review(sm2.create("c", T0), Rating.EASY, T0).interval()).isEqualTo(4);
    }

    @Test
    void reviewIntervalsFollowEaseHardFactorAndEasyBonusRoundedAsAnkiDoes() {
        Sm2Policy.Sm2Card card = reviewCard(2.5, 10);
        assertThat(sm2.review(card, Rating.HARD, T0).interval()).isEqualTo(12);
        assertThat(sm2.review(card, Rating.HARD, T0).ease()).isEqualTo(2.35);
        assertThat(sm2.review(card, Rating.GOOD, T0).interval()).isEqualTo(25);
        assertThat(sm2.review(card, Rating.EASY, T0).interval()).isEqualTo(33);
        assertThat(sm2.review(card, Rating.EASY, T0).ease()).isEqualTo(2.65);
        assertThat(sm2.review(card, Rating.GOOD, T0.plus(Duration.ofDays(4))).interval())
                .isEqualTo(30);
        assertThat(sm2.review(card, Rating.GOOD, T0.plus(Duration.ofDays(3))).interval())
                .isEqualTo(29);
        Sm2Policy.Sm2Card young = reviewCard(1.3, 1);
        assertThat(sm2.review(young, Rating.HARD, T0).interval()).isEqualTo(2);
        assertThat(sm2.review(young, Rating.GOOD, T0).interval()).isEqualTo(3);
        assertThat(sm2.review(young, Rating.EASY, T0).interval()).isEqualTo(4);
    }

    @Test
    void lapseLowersEaseRelearnsAndResumesAtOneDayWithEaseNeverBelowOnePointThree() {
        Sm2Policy.Sm2Card lapsed = sm2.review(reviewCard(1.4, 30), Rating.AGAIN, T0);
        assertThat(lapsed.state()).isEqualTo(State.RELEARNING);
        assertThat(lapsed.ease()).isEqualTo(1.3);
        assertThat(lapsed.due()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
        assertThat(sm2.review(lapsed, Rating.HARD, lapsed.due()).due())
                .isEqualTo(lapsed.due().plus(Duration.ofMinutes(15)));
        Sm2Policy.Sm2Card relearned = sm2.review(lapsed, Rating.GOOD, lapsed.due());
        assertThat(relearned.state()).isEqualTo(State.REVIEW);
        assertThat(relearned.interval()).isEqualTo(1);
        assertThat(sm2.review(lapsed, Rating.EASY, lapsed.due()).interval()).isEqualTo(2);
        assertThat(sm2.review(relearned, Rating.AGAIN, relearned.due()).ease()).isEqualTo(1.3);
    }

    @Test
    void constrainMatchesAnkisFuzzRangesAndLimits() {
        assertThat(Sm2Policy.constrain(1.5, 1, 100, Double.NaN)).isEqualTo(2);
        assertThat(Sm2Policy.constrain(0.1, 1, 100, Double.NaN)).isEqualTo(1);
        assertThat(Sm2Policy.constrain(101, 1, 100, Double.NaN)).isEqualTo(100);
        assertFuzz(1.0, 1, 1000, 1, 1, 1);
        assertFuzz(2.49, 1, 1000, 2, 2, 2);
        assertFuzz(2.5, 1, 1000, 2, 3, 4);
        assertFuzz(7.0, 1, 1000, 5, 7, 9);
        assertFuzz(17.0, 1, 1000, 14, 17, 20);
        assertFuzz(37.0, 1, 1000, 33, 37, 41);
        assertFuzz(2.0, 3, 1000, 3, 4, 4);
        assertFuzz(2.0, 3, 3, 3, 3, 3);
        assertFuzz(19.9, 3, 1000, 17, 20, 23);
        assertFuzz(100.0, 101, 1000, 101, 105, 108);
        assertFuzz(100.0, 1, 99, 92, 96, 99);
        assertFuzz(100.0, 97, 103, 97, 100, 103);
    }

    @Test
    void fuzzIsSeededByCardAndReviewCountAndStaysInItsRange() {
        Sm2Policy fuzzed = new Sm2Policy();
        Sm2Policy.Sm2Card card = reviewCard(2.5, 40);
        long first = fuzzed.review(card, Rating.GOOD, T0).interval();
        assertThat(fuzzed.review(card, Rating.GOOD, T0).interval()).isEqualTo(first);
        assertThat(first).isBetween(93L, 107L);
        long seen = 0;
        for (int i = 0; i < 50; i++) {
            Sm2Policy.Sm2Card other = new Sm2Policy.Sm2Card("card-" + i, 5, State.REVIEW, 0, 2.5, 40, T0);
            seen |= 1L << (fuzzed.review(other, Rating.GOOD, T0).interval() - 93);
        }
        assertThat(Long.bitCount(seen)).isGreaterThan(5);
    }

    private static void assertFuzz(double interval, long min, long max, long lower, long middle, long upper) {
        assertThat(Sm2Policy.constrain(interval, min, max, 0.0)).isEqualTo(lower);
        assertThat(Sm2Policy.constrain(interval, min, max, 0.5)).isEqualTo(middle);
        assertThat(Sm2Policy.constrain(interval, min, max, 0.99)).isEqualTo(upper);
    }
}
