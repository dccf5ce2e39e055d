package org.quiztrainer.srs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LeechTest {

    private static List<Integer> flagged(int threshold, int upTo) {
        return IntStream.rangeClosed(0, upTo)
                .filter(l -> Leech.thresholdMet(l, threshold))
                .boxed()
                .toList();
    }

    @Test
    void theDefaultFlagsAtEightThenEveryFourLapses() {
        assertThat(flagged(Leech.DEFAULT_THRESHOLD, 20)).containsExactly(8, 12, 16, 20);
    }

    @Test
    void anOddThresholdRoundsItsHalfUpAsAnkiDoes() {
        assertThat(flagged(3, 9)).as("Anki's own test: 3, 5, 7").containsExactly(3, 5, 7, 9);
        assertThat(flagged(7, 20)).containsExactly(7, 11, 15, 19);
    }

    @Test
    void thresholdsOfOneAndZero() {
        assertThat(flagged(1, 4)).as("half of 1 is at least 1").containsExactly(1, 2, 3, 4);
        assertThat(flagged(0, 10)).as("0 turns leeches off").isEmpty();
    }

    @Test
    void onlyAReviewThatCountedALapseFlagsTheCard() {
        Scheduler scheduler = new Scheduler(Parameters.defaults().withFuzz(false));
        Instant now = Instant.parse("2026-01-05T10:00:00Z");
        Card card = Card.createNew("c", now);
        card = scheduler.review(card, Rating.EASY, now).card();
        List<Integer> flaggedAt = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            now = card.due();
            ReviewResult lapse = scheduler.review(card, Rating.AGAIN, now);
            if (Leech.flags(card, lapse, 8)) {
                flaggedAt.add(lapse.card().lapses());
            }
            card = lapse.card();
            now = card.due();
            ReviewResult relearned = scheduler.review(card, Rating.GOOD, now.plus(Duration.ofMinutes(10)));
            assertThat(Leech.flags(card, relearned, 8))
                    .as("a passing answer never flags")
                    .isFalse();
            card = relearned.card();
        }
        assertThat(flaggedAt).containsExactly(8, 12);
    }
}
