package org.quiztrainer.srs.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.State;

class RevlogCsvTest {

    private static final String HEADER = "card_id,review_time,review_rating,review_state,review_duration\n";

    private static List<LoggedReview> read(String text) throws Exception {
        return RevlogCsv.read(new StringReader(text));
    }

    private static void refused(String text, int line, String... fragments) {
        assertThatThrownBy(() -> read(text))
                .isInstanceOfSatisfying(
                        RevlogFormatException.class, e -> assertThat(e.line()).isEqualTo(line))
                .hasMessageStartingWith("line " + line + ": ")
                .hasMessageContainingAll(fragments);
    }

    @Test
    void readsTheReviewsOfAWellFormedFile() throws Exception {
        List<LoggedReview> reviews = read("\uFEFF" + HEADER.replace("\n", "\r\n")
                + "1,1704095400000,3,0,5212\r\n\r\n1,1704181800000,1,2,800\r\n");
        assertThat(reviews).hasSize(2);
        assertThat(reviews.get(1).rating()).isEqualTo(Rating.AGAIN);
        assertThat(reviews.get(1).state()).isEqualTo(State.REVIEW);
        assertThat(reviews.get(1).reviewedAt().toEpochMilli()).isEqualTo(1704181800000L);
        assertThat(reviews.get(0).durationMillis()).isEqualTo(5212);
    }

    @Test
    void columnsMayComeInAnyOrderWithOthersBesideThem() throws Exception {
        List<LoggedReview> reviews = read("review_state,note,card_id,review_rating,review_duration,review_time\n"
                + "0,x,\"7\",4,100,1704095400000\n");
        assertThat(reviews.get(0).cardId()).isEqualTo(7);
        assertThat(reviews.get(0).rating()).isEqualTo(Rating.EASY);
    }

    @Test
    void anEmptyFile() {
        refused("", 1, "empty");
    }

    @Test
    void aMissingHeader() {
        refused("1,1704095400000,3,0,5212\n", 1, "missing header column card_id", "no header line");
        refused("card_id,review_time,review_rating,review_state\n1,1,3,0\n", 1, "review_duration");
    }

    @Test
    void aHeaderWithoutReviews() {
        refused(HEADER, 2, "no review");
    }

    @Test
    void aWrongColumnCount() {
        refused(HEADER + "1,1704095400000,3,0,5212\n1,1704095400000,3,0\n", 3, "expected 5 columns", "found 4");
    }

    @Test
    void aNonNumericField() {
        refused(HEADER + "1,yesterday,3,0,5212\n", 2, "column 2 (review_time)", "'yesterday'");
        refused(HEADER + "abc,1,3,0,5212\n", 2, "column 1 (card_id)");
        refused(HEADER + "1,1,3,0,\n", 2, "column 5 (review_duration)", "nothing");
    }

    @Test
    void aRatingOutsideOneToFour() {
        refused(HEADER + "1,1704095400000,5,0,5212\n", 2, "column 3 (review_rating)", "1 (Again) to 4 (Easy)", "5");
        refused(HEADER + "1,1704095400000,0,0,5212\n", 2, "column 3 (review_rating)");
    }

    @Test
    void aStateOutsideZeroToThree() {
        refused(HEADER + "1,1704095400000,3,4,5212\n", 2, "column 4 (review_state)");
    }

    @Test
    void timeGoingBackwardsWithinACard() {
        refused(
                HEADER + "1,1704181800000,3,0,5\n2,1704095400000,3,0,5\n1,1704095400000,3,2,5\n",
                4,
                "column 2 (review_time)",
                "card 1 (line 2");
    }
}
