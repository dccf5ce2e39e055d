package org.quiztrainer.srs.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.quiztrainer.srs.MemoryState;
import org.quiztrainer.srs.Rating;

class DailySm2PolicyTest {

    private static final MemoryState ANY = new MemoryState(5, 10);

    @Test
    void firstAnswerGraduatesToOneDayOrFourAfterEasyAndAlreadyMovesTheEase() {
        DailySm2Policy sm2 = new DailySm2Policy();
        sm2.start(4);
        assertThat(sm2.interval(0, 0, 0, Rating.AGAIN, ANY)).isEqualTo(1);
        assertThat(sm2.interval(1, 0, 0, Rating.HARD, ANY)).isEqualTo(1);
        assertThat(sm2.interval(2, 0, 0, Rating.GOOD, ANY)).isEqualTo(1);
        assertThat(sm2.interval(3, 0, 0, Rating.EASY, ANY)).isEqualTo(4);
        assertThat(sm2.ease(0)).isCloseTo(2.3, within(1e-12));
        assertThat(sm2.ease(1)).isCloseTo(2.35, within(1e-12));
        assertThat(sm2.ease(2)).isEqualTo(2.5);
        assertThat(sm2.ease(3)).isCloseTo(2.65, within(1e-12));
    }

    @Test
    void reviewIntervalsUseTheNewEaseHardFactorAndEasyBonusWithoutRounding() {
        assertThat(DailySm2Policy.nextInterval(10, 2.5, Rating.GOOD)).isEqualTo(25);
        assertThat(DailySm2Policy.nextInterval(10, 2.35, Rating.HARD)).isCloseTo(12, within(1e-12));
        assertThat(DailySm2Policy.nextInterval(10, 2.65, Rating.EASY)).isCloseTo(34.45, within(1e-12));
        assertThat(DailySm2Policy.nextInterval(2.5, 2.5, Rating.GOOD)).isEqualTo(6.25);
        assertThat(DailySm2Policy.nextInterval(30, 2.3, Rating.AGAIN)).isEqualTo(1);
        assertThat(DailySm2Policy.nextInterval(10, 1.3, Rating.GOOD)).isEqualTo(13);
    }

    @Test
    void easeStaysBetweenOnePointThreeAndFivePointFive() {
        assertThat(DailySm2Policy.nextEase(1.4, Rating.AGAIN)).isEqualTo(1.3);
        assertThat(DailySm2Policy.nextEase(1.3, Rating.HARD)).isEqualTo(1.3);
        assertThat(DailySm2Policy.nextEase(5.45, Rating.EASY)).isEqualTo(5.5);
    }

    @Test
    void aLapsedCardGrowsAgainFromOneDay() {
        DailySm2Policy sm2 = new DailySm2Policy();
        sm2.start(1);
        double interval = sm2.interval(0, 0, 0, Rating.GOOD, ANY);
        interval = sm2.interval(0, 1, interval, Rating.GOOD, ANY);
        assertThat(interval).isEqualTo(2.5);
        interval = sm2.interval(0, 4, interval, Rating.AGAIN, ANY);
        assertThat(interval).isEqualTo(1);
        assertThat(sm2.ease(0)).isCloseTo(2.3, within(1e-12));
        assertThat(sm2.interval(0, 5, interval, Rating.GOOD, ANY)).isCloseTo(2.3, within(1e-12));
    }

    @Test
    void startForgetsTheEases() {
        DailySm2Policy sm2 = new DailySm2Policy();
        sm2.start(1);
        sm2.interval(0, 0, 0, Rating.AGAIN, ANY);
        sm2.start(1);
        assertThat(sm2.ease(0)).isEqualTo(2.5);
    }
}
