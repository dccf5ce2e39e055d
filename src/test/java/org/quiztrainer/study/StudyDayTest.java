package org.quiztrainer.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class StudyDayTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void beforeTheDayStartHourItIsStillYesterdaysStudyDay() {
        StudyDay at2am = StudyDay.of(Instant.parse("2026-03-02T18:00:00Z"), SHANGHAI, 4);

        assertThat(at2am.start()).isEqualTo(Instant.parse("2026-03-01T20:00:00Z"));
        assertThat(at2am.end()).isEqualTo(Instant.parse("2026-03-02T20:00:00Z"));
    }

    @Test
    void atTheDayStartHourANewStudyDayBegins() {
        StudyDay at4am = StudyDay.of(Instant.parse("2026-03-02T20:00:00Z"), SHANGHAI, 4);

        assertThat(at4am.start()).isEqualTo(Instant.parse("2026-03-02T20:00:00Z"));
    }

    @Test
    void theSameInstantFallsOnDifferentStudyDaysInDifferentZones() {
        Instant instant = Instant.parse("2026-03-02T03:00:00Z");

        assertThat(StudyDay.of(instant, ZoneOffset.UTC, 4).start()).isEqualTo(Instant.parse("2026-03-01T04:00:00Z"));
        assertThat(StudyDay.of(instant, SHANGHAI, 4).start()).isEqualTo(Instant.parse("2026-03-01T20:00:00Z"));
        assertThat(StudyDay.of(instant, NEW_YORK, 4).start()).isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
    }

    @Test
    void aDaylightSavingDayIsTwentyThreeHoursLongAndStillStartsAt4amLocal() {
        StudyDay springForward = StudyDay.of(Instant.parse("2026-03-08T05:00:00Z"), NEW_YORK, 4);

        assertThat(springForward.start()).as("4 am EST").isEqualTo(Instant.parse("2026-03-07T09:00:00Z"));
        assertThat(springForward.end()).as("4 am EDT").isEqualTo(Instant.parse("2026-03-08T08:00:00Z"));
        assertThat(Duration.between(springForward.start(), springForward.end())).isEqualTo(Duration.ofHours(23));
    }
}
