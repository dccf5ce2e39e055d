package org.quiztrainer.srs.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quiztrainer.srs.State;

class OutlierFilterTest {

    @Test
    void theSmallestGroupsOfEachFirstRatingGoUntilTwentyItemsAreRemoved() {
        Logs logs = new Logs();
        long card = 1;
        for (int i = 0; i < 30; i++) {
            logs.twoReviews(card++, 3, 2, 3);
        }
        for (int i = 0; i < 15; i++) {
            logs.twoReviews(card++, 3, 5, 3);
        }
        for (int i = 0; i < 4; i++) {
            logs.twoReviews(card++, 3, 9, 3);
        }
        OutlierFilter.Result result = OutlierFilter.apply(logs.items());
        assertThat(result.initialization().size()).isEqualTo(30);
        assertThat(result.training().size()).isEqualTo(30);
        for (int i = 0; i < result.training().size(); i++) {
            assertThat(result.training().currentDelta(i)).isEqualTo(2);
        }
    }

    @Test
    void aRemovedFirstGapRemovesTheCardsLaterItemsToo() {
        Logs logs = new Logs();
        long card = 1;
        for (int i = 0; i < 40; i++) {
            logs.twoReviews(card++, 3, 2, 3);
        }
        logs.add(card, 0, 0, 3, State.NEW).add(card, 150, 0, 3, State.REVIEW).add(card, 400, 0, 3, State.REVIEW);
        for (int i = 0; i < 10; i++) {
            card++;
            logs.add(card, 0, 0, 3, State.NEW).add(card, 150, 0, 3, State.REVIEW);
        }
        OutlierFilter.Result result = OutlierFilter.apply(logs.items());
        assertThat(result.training().size()).isEqualTo(40);
        assertThat(result.initialization().size()).isEqualTo(40);
    }

    @Test
    void easyFirstReviewsMayWaitUpToAYear() {
        Logs logs = new Logs();
        for (long card = 1; card <= 40; card++) {
            logs.twoReviews(card, 4, card <= 20 ? 10 : 200, 3);
        }
        assertThat(OutlierFilter.apply(logs.items()).initialization().size()).isEqualTo(40);
        Logs good = new Logs();
        for (long card = 1; card <= 40; card++) {
            good.twoReviews(card, 3, card <= 20 ? 10 : 200, 3);
        }
        OutlierFilter.Result result = OutlierFilter.apply(good.items());
        assertThat(result.initialization().size()).isEqualTo(20);
        assertThat(result.training().currentDelta(0)).isEqualTo(10);
    }
}
