package org.quiztrainer.srs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class StudyDaysTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void crossingMidnightIsOneDayEvenTenMinutesApart() {
        assertThat(days("2024-06-30T23:55:00Z", "2024-07-01T00:05:00Z", ZoneOffset.UTC, 0))
                .isEqualTo(1);
        assertThat(days("2024-07-01T00:05:00Z", "2024-07-01T23:55:00Z", ZoneOffset.UTC, 0))
                .isZero();
        assertThat(StudyDays.fullDays(at("2024-06-30T23:55:00Z"), at("2024-07-01T00:05:00Z")))
                .isZero();
    }

    @Test
    void dayStartHourMovesTheBoundary() {
        assertThat(days("2024-03-09T22:00:00Z", "2024-03-10T03:00:00Z", ZoneOffset.UTC, 4))
                .isZero();
        assertThat(days("2024-03-10T03:00:00Z", "2024-03-10T05:00:00Z", ZoneOffset.UTC, 4))
                .isEqualTo(1);
        assertThat(days("2024-03-10T03:59:00Z", "2024-03-10T04:00:00Z", ZoneOffset.UTC, 4))
                .isEqualTo(1);
    }

    @Test
    void theLearnersTimeZoneDecidesTheCalendarDay() {
        String lateEvening = "2024-03-10T15:30:00Z";
        String justAfterMidnight = "2024-03-10T16:30:00Z";
        assertThat(days(lateEvening, justAfterMidnight, SHANGHAI, 0)).isEqualTo(1);
        assertThat(days(lateEvening, justAfterMidnight, ZoneOffset.UTC, 0)).isZero();
    }

    @Test
    void dayStartUsesLocalWallClockAcrossDaylightSavingTime() {
        assertThat(StudyDays.dayOf(at("2024-03-10T08:00:00Z"), NEW_YORK, 4)).hasToString("2024-03-10");
        assertThat(StudyDays.dayOf(at("2024-03-10T07:59:00Z"), NEW_YORK, 4)).hasToString("2024-03-09");
    }

    @Test
    void schedulerCountsElapsedDaysInTheConfiguredZoneAndDayStart() {
        Parameters utc = Parameters.defaults().withFuzz(false);
        Parameters shanghai = utc.withDayStart(0, SHANGHAI);
        Parameters shanghaiAt4 = utc.withDayStart(4, SHANGHAI);
        Card card = reviewed(utc, "2024-03-10T15:30:00Z");
        Instant next = at("2024-03-10T16:30:00Z");
        assertThat(new Scheduler(utc).review(card, Rating.GOOD, next).log().elapsedDays())
                .isZero();
        assertThat(new Scheduler(shanghai).review(card, Rating.GOOD, next).log().elapsedDays())
                .isEqualTo(1);
        assertThat(new Scheduler(shanghaiAt4)
                        .review(card, Rating.GOOD, next)
                        .log()
                        .elapsedDays())
                .isZero();
    }

    @Test
    void reviewingOnAStudyDayBeforeTheLastReviewIsRejected() {
        Parameters utc = Parameters.defaults();
        Card card = reviewed(utc, "2024-03-10T15:30:00Z");
        assertThatThrownBy(() -> new Scheduler(utc).review(card, Rating.GOOD, at("2024-03-09T15:30:00Z")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before the last review");
    }

    private static Card reviewed(Parameters parameters, String time) {
        Card card = Card.createNew("c1", at(time));
        return new Scheduler(parameters.withShortTerm(false))
                .review(card, Rating.GOOD, at(time))
                .card();
    }

    private static long days(String from, String to, ZoneId zone, int hour) {
        return StudyDays.between(at(from), at(to), zone, hour);
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }
}
