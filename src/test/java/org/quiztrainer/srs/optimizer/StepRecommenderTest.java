package org.quiztrainer.srs.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quiztrainer.srs.MemoryModel;
import org.quiztrainer.srs.Parameters;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.State;

class StepRecommenderTest {

    private static final double W20 = Parameters.DEFAULT_WEIGHTS.get(20);
    private static final Instant START = Instant.parse("2024-01-01T08:00:00Z");

    /**
     * {@code cards} cards whose first review is {@code first}, answered again {@code gapSeconds} later
     * (answer time included), nine in ten recalled: R(gap, S) = 0.9 means S = gap.
     */
    private static void learning(List<LoggedReview> log, long firstCard, int cards, Rating first, long gapSeconds) {
        for (int i = 0; i < cards; i++) {
            long card = firstCard + i;
            Instant at = START.plus(Duration.ofMinutes(card));
            log.add(new LoggedReview(card, at, first, State.NEW, 3000));
            Rating next = i % 10 == 0 ? Rating.AGAIN : Rating.GOOD;
            log.add(new LoggedReview(card, at.plusSeconds(gapSeconds).plusSeconds(4), next, State.LEARNING, 4000));
        }
    }

    private static List<LoggedReview> log() {
        List<LoggedReview> log = new ArrayList<>();
        learning(log, 1, 300, Rating.AGAIN, 3600);
        learning(log, 1001, 300, Rating.GOOD, 7200);
        for (int i = 0; i < 200; i++) {
            long card = 5001 + i;
            Instant at = START.plus(Duration.ofDays(3)).plus(Duration.ofMinutes(i));
            log.add(new LoggedReview(card, START, Rating.EASY, State.NEW, 1000));
            log.add(new LoggedReview(card, at, Rating.AGAIN, State.REVIEW, 1000));
            Rating next = i % 10 == 0 ? Rating.AGAIN : Rating.GOOD;
            log.add(new LoggedReview(card, at.plusSeconds(602), next, State.RELEARNING, 2000));
        }
        return log;
    }

    @Test
    void stepsAreTheFittedShortTermStabilitiesAtTheDesiredRetention() {
        StepRecommendation r = StepRecommender.recommend(log(), 0.9, W20);
        assertThat(r.groups().get(StepRecommender.Group.AGAIN).stability()).isCloseTo(3600, within(2.0));
        assertThat(r.groups().get(StepRecommender.Group.GOOD).stability()).isCloseTo(7200, within(2.0));
        assertThat(r.groups().get(StepRecommender.Group.RELEARNING).stability()).isCloseTo(600, within(2.0));
        assertThat(r.groups().get(StepRecommender.Group.AGAIN).retention()).isCloseTo(0.9, within(1e-9));
        assertThat(r.learningSteps()).containsExactly(Duration.ofMinutes(60), Duration.ofMinutes(120));
        assertThat(r.relearningSteps()).containsExactly(Duration.ofMinutes(10));
    }

    @Test
    void aHigherRetentionGivesShorterSteps() {
        StepRecommendation r = StepRecommender.recommend(log(), 0.95, W20);
        long expected = Math.round(3600 * MemoryModel.intervalModifier(0.95, W20) / 60);
        assertThat(r.learningSteps().get(0)).isEqualTo(Duration.ofMinutes(expected));
        assertThat(expected).isLessThan(60);
    }

    @Test
    void smallGroupsSuggestNothing() {
        List<LoggedReview> log = new ArrayList<>();
        learning(log, 1, 99, Rating.AGAIN, 3600);
        StepRecommendation r = StepRecommender.recommend(log, 0.9, W20);
        assertThat(r.isEmpty()).isTrue();
        assertThat(r.groups().get(StepRecommender.Group.AGAIN).count()).isEqualTo(99);
    }

    @Test
    void stepsOfHalfADayOrMoreAreNotSuggested() {
        List<LoggedReview> log = new ArrayList<>();
        learning(log, 1, 300, Rating.AGAIN, 13 * 3600);
        assertThat(StepRecommender.recommend(log, 0.9, W20).learningSteps()).isEmpty();
    }
}
