package org.quiztrainer.srs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FuzzTest {

    private static final Instant START = Instant.parse("2024-03-10T09:00:00Z");

    @ParameterizedTest(name = "interval {0}, elapsed {1}, max {2} -> {3}..{4}")
    @CsvSource({
        "3, 0, 36500, 2, 4",
        "3, 3, 36500, 2, 4",
        "5, 0, 36500, 4, 6",
        "7, 2, 36500, 5, 9",
        "10, 5, 36500, 8, 12",
        "10, 12, 36500, 8, 12",
        "20, 0, 36500, 17, 23",
        "30, 10, 36500, 27, 33",
        "100, 50, 36500, 93, 107",
        "365, 100, 36500, 345, 385",
        "36500, 10000, 36500, 34673, 36500",
        "100, 0, 90, 83, 90",
    })
    void rangeFollowsTheFsrsFuzzTable(long interval, long elapsed, long max, long min, long top) {
        assertThat(Fuzz.range((double) interval, elapsed, max)).isEqualTo(new Fuzz.Range(min, top));
    }

    @Test
    void intervalsUnderTwoAndAHalfDaysAreNotFuzzed() {
        assertThat(Fuzz.apply(1, 0, 36500, 0.99)).isEqualTo(1);
        assertThat(Fuzz.apply(2, 0, 36500, 0.99)).isEqualTo(2);
    }

    @Test
    void drawsCoverTheWholeRangeAndNothingElse() {
        Fuzz.Range range = Fuzz.range(100, 50, 36500);
        assertThat(Fuzz.apply(100, 50, 36500, 0.0)).isEqualTo(range.min());
        assertThat(Fuzz.apply(100, 50, 36500, 0.999999)).isEqualTo(range.max());
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            long fuzzed = Fuzz.apply(100, 50, 36500, Fuzz.draw("card-" + i, 7));
            assertThat(fuzzed).isBetween(range.min(), range.max());
            seen.add(fuzzed);
        }
        assertThat(seen).hasSize((int) (range.max() - range.min() + 1));
    }

    @Test
    void sameCardAndReviewCountGiveTheSameDrawDifferentOnesDiffer() {
        assertThat(Fuzz.draw("q-042", 5)).isEqualTo(Fuzz.draw("q-042", 5));
        assertThat(Fuzz.draw("q-042", 5)).isNotEqualTo(Fuzz.draw("q-042", 6));
        assertThat(Fuzz.draw("q-042", 5)).isNotEqualTo(Fuzz.draw("q-043", 5));
        for (int i = 0; i < 1000; i++) {
            assertThat(Fuzz.draw("c" + i, i)).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
        }
    }

    @Test
    void fuzzedSchedulerIsDeterministicAndStaysInTheRangeOfTheUnfuzzedInterval() {
        Scheduler fuzzed = new Scheduler(Parameters.defaults().withFuzz(true));
        Scheduler plain = new Scheduler(Parameters.defaults().withFuzz(false));
        Set<Long> intervals = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            Card card = reviewCard(plain, "card-" + i);
            Instant now = card.due();
            ReviewResult once = fuzzed.review(card, Rating.GOOD, now);
            ReviewResult again = fuzzed.review(card, Rating.GOOD, now);
            assertThat(once).isEqualTo(again);
            ReviewResult unfuzzed = plain.review(card, Rating.GOOD, now);
            Fuzz.Range range = Fuzz.range(
                    (double) unfuzzed.card().scheduledDays(), once.log().elapsedDays(), 36500);
            assertThat(once.card().scheduledDays()).isBetween(range.min(), range.max());
            assertThat(once.card().due())
                    .isEqualTo(now.plus(Duration.ofDays(once.card().scheduledDays())));
            intervals.add(once.card().scheduledDays());
        }
        assertThat(intervals).hasSizeGreaterThan(3);
    }

    @Test
    void fuzzedLongTermIntervalsStayStrictlyOrdered() {
        Scheduler longTerm =
                new Scheduler(Parameters.defaults().withShortTerm(false).withFuzz(true));
        for (int i = 0; i < 200; i++) {
            Card card = Card.createNew("long-" + i, START);
            for (int review = 0; review < 5; review++) {
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
    }

    private static Card reviewCard(Scheduler scheduler, String id) {
        Card card = Card.createNew(id, START);
        card = scheduler.review(card, Rating.GOOD, START).card();
        card = scheduler.review(card, Rating.GOOD, card.due()).card();
        card = scheduler.review(card, Rating.GOOD, card.due()).card();
        assertThat(card.state()).isEqualTo(State.REVIEW);
        return card;
    }
}
