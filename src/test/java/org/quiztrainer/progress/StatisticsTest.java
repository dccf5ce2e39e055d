package org.quiztrainer.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quiztrainer.bank.QuestionType;
import org.quiztrainer.srs.Card;
import org.quiztrainer.srs.State;

/** Statistics on fixtures whose answers are worked out by hand in the comments. */
class StatisticsTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static LogRow log(String at, int rating, State before, long interval) {
        return new LogRow(Instant.parse(at), rating, before, interval, QuestionType.FLASHCARD, 1);
    }

    @Test
    void anAnswerBeforeTheDayStartHourBelongsToTheDayBefore() {
        // 19:30 UTC is 03:30 the next morning in Shanghai: before a 04:00 start, so still the 10th.
        assertThat(Statistics.studyDate(Instant.parse("2026-03-10T19:30:00Z"), SHANGHAI, 4))
                .isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(Statistics.studyDate(Instant.parse("2026-03-10T20:00:00Z"), SHANGHAI, 4))
                .isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(Statistics.studyDate(Instant.parse("2026-03-10T19:30:00Z"), ZoneOffset.UTC, 0))
                .isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void theSameAnswersMakeDifferentStreaksInDifferentZonesAndDayStarts() {
        List<Instant> answers = List.of(
                Instant.parse("2026-03-01T23:00:00Z"),
                Instant.parse("2026-03-02T23:00:00Z"),
                Instant.parse("2026-03-03T10:00:00Z"));
        // UTC, midnight start: the 1st, 2nd and 3rd; today the 3rd: 3 days.
        assertThat(streak(answers, ZoneOffset.UTC, 0, "2026-03-03")).isEqualTo(3);
        // Shanghai (UTC+8), 04:00 start: 07:00 on the 2nd, 07:00 and 18:00 on the 3rd: 2 days.
        assertThat(streak(answers, SHANGHAI, 4, "2026-03-03")).isEqualTo(2);
        // New York (UTC-5), 04:00 start: 18:00 on the 1st, 18:00 on the 2nd, 05:00 on the 3rd: 3 days.
        assertThat(streak(answers, NEW_YORK, 4, "2026-03-03")).isEqualTo(3);
        // New York, 06:00 start: 05:00 on the 3rd still belongs to the 2nd; today (the 3rd) has nothing
        // yet, so the streak of the 1st and 2nd is still alive: 2 days.
        assertThat(streak(answers, NEW_YORK, 6, "2026-03-03")).isEqualTo(2);
        // Two days later with no answer since: the streak is broken.
        assertThat(streak(answers, ZoneOffset.UTC, 0, "2026-03-05")).isZero();
    }

    @Test
    void aStreakAcrossTheDaylightSavingChangeIsUnbroken() {
        // New York moved clocks forward at 02:00 on Sunday 8 March 2026. Answers at 09:00 local each day
        // (14:00 UTC before, 13:00 UTC after) make 7 consecutive study days, 5th to 11th.
        List<Instant> answers = List.of(
                        "2026-03-05T14:00:00Z",
                        "2026-03-06T14:00:00Z",
                        "2026-03-07T14:00:00Z",
                        "2026-03-08T13:00:00Z",
                        "2026-03-09T13:00:00Z",
                        "2026-03-10T13:00:00Z",
                        "2026-03-11T13:00:00Z")
                .stream()
                .map(Instant::parse)
                .toList();
        assertThat(streak(answers, NEW_YORK, 4, "2026-03-11")).isEqualTo(7);
    }

    static int streak(List<Instant> answers, ZoneId zone, int dayStart, String today) {
        return Statistics.streak(
                answers.stream()
                        .map(a -> Statistics.studyDate(a, zone, dayStart))
                        .toList(),
                LocalDate.parse(today));
    }

    @Test
    void trueRetentionCountsOnlyReviewCardsSplitAtTwentyOneDays() {
        LocalDate today = LocalDate.of(2026, 3, 20);
        List<LogRow> logs = List.of(
                log("2026-03-20T10:00:00Z", 3, State.REVIEW, 5), // a: young, passed, in 7/30/365
                log("2026-03-19T10:00:00Z", 1, State.REVIEW, 30), // b: mature, failed, in 7/30/365
                log("2026-03-20T02:00:00Z", 2, State.REVIEW, 21), // c: the 19th (before 04:00); 21 d is mature
                log("2026-03-14T05:00:00Z", 4, State.REVIEW, 20), // d: the 14th, first day of 7; young, passed
                log("2026-03-14T03:00:00Z", 1, State.REVIEW, 3), // e: the 13th, outside 7; young, failed
                log("2026-03-20T11:00:00Z", 1, State.LEARNING, 0), // f: not a review: never counted
                log("2025-06-01T10:00:00Z", 3, State.REVIEW, 100), // g: in 365 only, mature, passed
                log("2025-03-20T10:00:00Z", 1, State.REVIEW, 100)); // h: 365 days ago: outside every window
        Retention week = Statistics.retention(logs, ZoneOffset.UTC, 4, today, 7);
        Retention month = Statistics.retention(logs, ZoneOffset.UTC, 4, today, 30);
        Retention year = Statistics.retention(logs, ZoneOffset.UTC, 4, today, 365);
        // 7 days: young a, d = 2/2; mature b, c = 1/2.
        assertThat(week.young()).isEqualTo(new RetentionFigure(2, 2));
        assertThat(week.mature()).isEqualTo(new RetentionFigure(1, 2));
        // 30 days: young a, d, e = 2/3; mature b, c = 1/2.
        assertThat(month.young()).isEqualTo(new RetentionFigure(2, 3));
        assertThat(month.mature()).isEqualTo(new RetentionFigure(1, 2));
        assertThat(month.all().rate()).isEqualTo(3.0 / 5);
        // 365 days: young 2/3; mature b, c, g = 2/3.
        assertThat(year.young()).isEqualTo(new RetentionFigure(2, 3));
        assertThat(year.mature()).isEqualTo(new RetentionFigure(2, 3));
        assertThat(new RetentionFigure(0, 0).rate()).isNaN();
    }

    static CardRow card(String due, State state, boolean suspended) {
        Instant d = Instant.parse(due);
        return new CardRow(
                "q", new Card("c", state, 0, 5, 5, d, d.minusSeconds(86400 * 5), 5, 5, 3, 0), suspended, false);
    }

    @Test
    void theForecastPutsOverdueCardsTodayAndCountsStudyDays() {
        LocalDate today = LocalDate.of(2026, 3, 20);
        List<CardRow> cards = List.of(
                card("2026-03-18T12:00:00Z", State.REVIEW, false), // overdue: today
                card("2026-03-20T15:00:00Z", State.LEARNING, false), // later today
                card("2026-03-21T03:00:00Z", State.REVIEW, false), // before 04:00: still today's study day
                card("2026-03-21T04:00:00Z", State.REVIEW, false), // tomorrow
                card("2026-04-18T12:00:00Z", State.REVIEW, false), // day 29, the last shown
                card("2026-04-19T05:00:00Z", State.REVIEW, false), // day 30: beyond the forecast
                card("2026-03-22T12:00:00Z", State.REVIEW, true)); // suspended: never
        List<DayCount> forecast = Statistics.forecast(cards, ZoneOffset.UTC, 4, today, 30);
        assertThat(forecast).hasSize(30);
        assertThat(forecast.get(0)).isEqualTo(new DayCount(today, 3));
        assertThat(forecast.get(1)).isEqualTo(new DayCount(LocalDate.of(2026, 3, 21), 1));
        assertThat(forecast.get(2).count()).isZero();
        assertThat(forecast.get(29)).isEqualTo(new DayCount(LocalDate.of(2026, 4, 18), 1));
        assertThat(forecast.stream().mapToInt(DayCount::count).sum()).isEqualTo(5);
    }

    @Test
    void theForecastFollowsTheLearnersZone() {
        // 2026-03-21T03:00Z is 11:00 on the 21st in Shanghai: tomorrow there, not today.
        LocalDate today = LocalDate.of(2026, 3, 20);
        List<DayCount> forecast =
                Statistics.forecast(List.of(card("2026-03-21T03:00:00Z", State.REVIEW, false)), SHANGHAI, 4, today, 30);
        assertThat(forecast.get(0).count()).isZero();
        assertThat(forecast.get(1).count()).isEqualTo(1);
    }

    @Test
    void theCalendarCountsAnswersPerStudyDayOverTheLastYear() {
        LocalDate today = LocalDate.of(2026, 3, 20);
        List<LogRow> logs = List.of(
                log("2026-03-20T10:00:00Z", 3, State.REVIEW, 5),
                log("2026-03-20T02:00:00Z", 3, State.NEW, 0),
                log("2026-03-19T22:00:00Z", 1, State.LEARNING, 0),
                log("2025-03-21T12:00:00Z", 3, State.REVIEW, 9),
                log("2025-03-20T12:00:00Z", 3, State.REVIEW, 9));
        // 02:00 and 22:00 the day before both belong to the 19th; 2025-03-20 is 365 days back: left out.
        assertThat(Statistics.calendar(logs, ZoneOffset.UTC, 4, today))
                .containsExactly(
                        new DayCount(LocalDate.of(2025, 3, 21), 1),
                        new DayCount(LocalDate.of(2026, 3, 19), 2),
                        new DayCount(today, 1));
    }

    @Test
    void accuracyByTypeAndCardsByState() {
        List<LogRow> logs = List.of(
                new LogRow(Instant.EPOCH, 1, State.NEW, 0, QuestionType.NUMERIC, 1),
                new LogRow(Instant.EPOCH, 3, State.NEW, 0, QuestionType.NUMERIC, 2),
                new LogRow(Instant.EPOCH, 2, State.NEW, 0, QuestionType.FLASHCARD, 3));
        assertThat(Statistics.accuracy(logs))
                .containsExactly(
                        new TypeAccuracy(QuestionType.FLASHCARD, 1, 1), new TypeAccuracy(QuestionType.NUMERIC, 1, 2));
        List<CardRow> cards = List.of(
                card("2026-03-18T12:00:00Z", State.REVIEW, false),
                card("2026-03-18T12:00:00Z", State.LEARNING, false),
                card("2026-03-18T12:00:00Z", State.REVIEW, true));
        assertThat(Statistics.states(cards, 10)).isEqualTo(new CardStates(7, 1, 1, 0, 1));
    }
}
