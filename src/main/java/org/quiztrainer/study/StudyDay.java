package org.quiztrainer.study;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A study day: from the day-start hour in the learner's zone to the same hour the next day (Anki's
 * "next day starts at"). At 2 am with a 4 am start, it is still yesterday's study day.
 *
 * @param start the first instant of the day
 * @param end   the first instant of the next day
 */
public record StudyDay(Instant start, Instant end) {

    /** The study day containing {@code now}. */
    public static StudyDay of(Instant now, ZoneId zone, int dayStartHour) {
        ZonedDateTime local = now.atZone(zone);
        LocalDate date = local.toLocalDate();
        if (local.getHour() < dayStartHour) {
            date = date.minusDays(1);
        }
        Instant start = date.atTime(dayStartHour, 0).atZone(zone).toInstant();
        Instant end = date.plusDays(1).atTime(dayStartHour, 0).atZone(zone).toInstant();
        return new StudyDay(start, end);
    }
}
