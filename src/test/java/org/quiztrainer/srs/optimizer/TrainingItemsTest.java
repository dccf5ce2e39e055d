package org.quiztrainer.srs.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.State;

class TrainingItemsTest {

    @Test
    void oneItemPerReviewAfterADayOrMoreCarryingTheWholeHistory() {
        TrainingItems items = new Logs()
                .add(1, 0, 0, 3, State.NEW)
                .add(1, 0, 10, 3, State.LEARNING)
                .add(1, 2, 0, 1, State.REVIEW)
                .add(1, 2, 10, 3, State.RELEARNING)
                .add(1, 7, 0, 3, State.REVIEW)
                .items();
        assertThat(items.size()).isEqualTo(2);
        assertThat(history(items, 0)).containsExactly("3/0", "3/0", "1/2");
        assertThat(history(items, 1)).containsExactly("3/0", "3/0", "1/2", "3/0", "3/5");
        assertThat(items.recalled(0)).isFalse();
        assertThat(items.recalled(1)).isTrue();
        assertThat(items.longTermCount(1)).isEqualTo(2);
        assertThat(items.lapses(1)).isEqualTo(1);
        assertThat(items.lapses(0)).isZero();
        assertThat(items.reviewCount()).isEqualTo(5);
        assertThat(items.cardCount()).isEqualTo(1);
    }

    @Test
    void daysAreCountedInTheLearnersZoneFromTheDayStartHour() {
        List<LoggedReview> log = List.of(
                review(1, "2024-03-10T03:00:00Z", 3, State.NEW), review(1, "2024-03-10T05:00:00Z", 3, State.REVIEW));
        assertThat(TrainingItems.of(log, ZoneOffset.UTC, 4).size()).isEqualTo(1);
        assertThat(TrainingItems.of(log, ZoneOffset.UTC, 0).size()).isZero();
        List<LoggedReview> evening = List.of(
                review(1, "2024-03-10T15:30:00Z", 3, State.NEW), review(1, "2024-03-10T16:30:00Z", 3, State.REVIEW));
        assertThat(TrainingItems.of(evening, ZoneId.of("Asia/Shanghai"), 0).size())
                .isEqualTo(1);
        assertThat(TrainingItems.of(evening, ZoneOffset.UTC, 0).size()).isZero();
    }

    @Test
    void aCardThatWasLearntAgainIsTrainedOnItsNewLifeOnly() {
        TrainingItems items = new Logs()
                .add(1, 0, 0, 3, State.NEW)
                .add(1, 3, 0, 3, State.REVIEW)
                .add(1, 10, 0, 1, State.NEW)
                .add(1, 12, 0, 3, State.REVIEW)
                .items();
        assertThat(items.size()).isEqualTo(1);
        assertThat(history(items, 0)).containsExactly("1/0", "3/2");
    }

    @Test
    void aCardWithoutALearningReviewGivesNoItem() {
        TrainingItems items = new Logs()
                .add(1, 0, 0, 3, State.REVIEW)
                .add(1, 3, 0, 3, State.REVIEW)
                .items();
        assertThat(items.size()).isZero();
        assertThat(items.cardCount()).isEqualTo(1);
    }

    @Test
    void itemsAreInReviewTimeOrderAcrossCardsWhateverTheInputOrder() {
        List<LoggedReview> log = new ArrayList<>(new Logs()
                .twoReviews(2, 3, 1, 3)
                .twoReviews(1, 3, 5, 3)
                .add(3, 0, 0, 4, State.NEW)
                .add(3, 2, 0, 3, State.REVIEW)
                .reviews());
        java.util.Collections.reverse(log);
        TrainingItems items = TrainingItems.of(log, ZoneOffset.UTC, 4);
        assertThat(items.size()).isEqualTo(3);
        assertThat(List.of(items.currentDelta(0), items.currentDelta(1), items.currentDelta(2)))
                .containsExactly(1, 2, 5);
        assertThat(items.firstRating(1)).isEqualTo(4);
    }

    static List<String> history(TrainingItems items, int item) {
        List<String> out = new ArrayList<>();
        Histories h = items.histories();
        for (int k = 0; k < items.length(item); k++) {
            out.add(h.rating(items.start(item) + k) + "/" + h.delta(items.start(item) + k));
        }
        return out;
    }

    private static LoggedReview review(long card, String at, int grade, State state) {
        return new LoggedReview(card, Instant.parse(at), Rating.ofGrade(grade), state, 0);
    }
}
