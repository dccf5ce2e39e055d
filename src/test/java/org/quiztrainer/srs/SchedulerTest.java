package org.quiztrainer.srs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchedulerTest {

    private static final Instant T0 = Instant.parse("2024-03-10T09:00:00Z");
    private final Scheduler scheduler = new Scheduler(Parameters.defaults().withFuzz(false));

    @ParameterizedTest(name = "short-term {0}")
    @ValueSource(booleans = {true, false})
    void previewGivesExactlyWhatEachReviewGivesInEveryState(boolean shortTerm) {
        Scheduler fuzzed =
                new Scheduler(Parameters.defaults().withShortTerm(shortTerm).withFuzz(true));
        for (Card card : cardsInEveryState()) {
            for (Instant now : List.of(card.due(), card.due().plus(Duration.ofDays(3)))) {
                Preview preview = fuzzed.preview(card, now);
                for (Rating rating : Rating.values()) {
                    assertThat(preview.get(rating)).isEqualTo(fuzzed.review(card, rating, now));
                    assertThat(preview.get(rating).log().rating()).isEqualTo(rating);
                }
            }
        }
    }

    @Test
    void newCardFollowsTheLearningSteps() {
        Preview p = scheduler.preview(Card.createNew("c", T0), T0);
        assertThat(p.again().card().due()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
        assertThat(p.hard().card().due()).isEqualTo(T0.plus(Duration.ofMinutes(6)));
        assertThat(p.good().card().due()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
        assertThat(p.good().card().step()).isEqualTo(1);
        assertThat(p.hard().card().step()).isZero();
        assertThat(p.easy().card().state()).isEqualTo(State.REVIEW);
        assertThat(p.easy().card().scheduledDays()).isEqualTo(8);
        assertThat(p.again().card().state()).isEqualTo(State.LEARNING);
    }

    @Test
    void lapseGoesToRelearningCountsALapseAndHardIsOneAndAHalfTheOnlyStep() {
        Card card = graduated();
        Instant now = card.due();
        Card lapsed = scheduler.review(card, Rating.AGAIN, now).card();
        assertThat(lapsed.state()).isEqualTo(State.RELEARNING);
        assertThat(lapsed.lapses()).isEqualTo(1);
        assertThat(lapsed.due()).isEqualTo(now.plus(Duration.ofMinutes(10)));
        assertThat(lapsed.stability()).isLessThan(card.stability());
        Card hard = scheduler.review(lapsed, Rating.HARD, lapsed.due()).card();
        assertThat(hard.due()).isEqualTo(lapsed.due().plus(Duration.ofMinutes(15)));
        Card relearned = scheduler.review(lapsed, Rating.GOOD, lapsed.due()).card();
        assertThat(relearned.state()).isEqualTo(State.REVIEW);
        assertThat(relearned.lapses()).isEqualTo(1);
    }

    @Test
    void stepsOfADayOrMoreScheduleWholeDaysInReview() {
        Parameters p = new Parameters(
                Parameters.DEFAULT_WEIGHTS,
                0.9,
                36500,
                List.of(Duration.ofMinutes(10), Duration.ofDays(2)),
                List.of(),
                true,
                false,
                0,
                ZoneOffset.UTC);
        ReviewResult good = new Scheduler(p).review(Card.createNew("c", T0), Rating.GOOD, T0);
        assertThat(good.card().state()).isEqualTo(State.REVIEW);
        assertThat(good.card().scheduledDays()).isEqualTo(2);
        assertThat(good.card().step()).isEqualTo(1);
        Card review = new Scheduler(p)
                .review(good.card(), Rating.GOOD, good.card().due())
                .card();
        ReviewResult lapse = new Scheduler(p).review(review, Rating.AGAIN, review.due());
        assertThat(lapse.card().state()).as("no relearning steps").isEqualTo(State.REVIEW);
        assertThat(lapse.card().lapses()).isEqualTo(1);
    }

    @Test
    void longTermIntervalsAreStrictlyOrdered() {
        Scheduler longTerm =
                new Scheduler(Parameters.defaults().withShortTerm(false).withFuzz(false));
        Card card = Card.createNew("c", T0);
        for (int i = 0; i < 6; i++) {
            Preview p = longTerm.preview(card, card.due());
            assertThat(p.again().card().scheduledDays())
                    .isLessThan(p.hard().card().scheduledDays());
            assertThat(p.hard().card().scheduledDays())
                    .isLessThan(p.good().card().scheduledDays());
            assertThat(p.good().card().scheduledDays())
                    .isLessThan(p.easy().card().scheduledDays());
            card = p.good().card();
        }
    }

    @Test
    void retrievabilityFallsWithTimeAndIsNinetyPercentAfterStabilityDays() {
        Card card = graduated();
        assertThat(scheduler.retrievability(Card.createNew("n", T0), T0)).isZero();
        assertThat(scheduler.retrievability(card, card.lastReview())).isEqualTo(1.0);
        Instant afterS = card.lastReview().plus(Duration.ofDays(Math.round(card.stability())));
        assertThat(scheduler.retrievability(card, afterS)).isCloseTo(0.9, org.assertj.core.data.Offset.offset(0.01));
        assertThat(scheduler.retrievability(card, afterS.plus(Duration.ofDays(30))))
                .isLessThan(scheduler.retrievability(card, afterS));
    }

    @Test
    void logRecordsTheReview() {
        Card card = graduated();
        Instant now = card.due();
        ReviewLog log = scheduler.review(card, Rating.HARD, now).log();
        assertThat(log.cardId()).isEqualTo(card.id());
        assertThat(log.reviewedAt()).isEqualTo(now);
        assertThat(log.stateBefore()).isEqualTo(State.REVIEW);
        assertThat(log.stabilityBefore()).isEqualTo(card.stability());
        assertThat(log.elapsedDays()).isEqualTo(card.scheduledDays());
        assertThat(log.retrievability()).isCloseTo(0.9, org.assertj.core.data.Offset.offset(0.02));
        assertThat(scheduler
                        .review(Card.createNew("n", T0), Rating.GOOD, T0)
                        .log()
                        .retrievability())
                .isNull();
    }

    private Card graduated() {
        Card card = scheduler.review(Card.createNew("g", T0), Rating.GOOD, T0).card();
        card = scheduler.review(card, Rating.GOOD, card.due()).card();
        assertThat(card.state()).isEqualTo(State.REVIEW);
        return card;
    }

    private List<Card> cardsInEveryState() {
        List<Card> cards = new ArrayList<>();
        Card fresh = Card.createNew("every-state", T0);
        cards.add(fresh);
        Card learning = scheduler.review(fresh, Rating.GOOD, T0).card();
        cards.add(learning);
        Card review = scheduler.review(learning, Rating.GOOD, learning.due()).card();
        review = scheduler.review(review, Rating.GOOD, review.due()).card();
        cards.add(review);
        Card relearning = scheduler.review(review, Rating.AGAIN, review.due()).card();
        cards.add(relearning);
        assertThat(cards)
                .extracting(Card::state)
                .containsExactly(State.NEW, State.LEARNING, State.REVIEW, State.RELEARNING);
        return cards;
    }
}
