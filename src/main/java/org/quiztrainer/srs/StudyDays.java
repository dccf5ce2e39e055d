package org.quiztrainer.srs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Counts elapsed days the way the learner lives them: the difference of calendar dates in the
 * learner's time zone, where a day starts at a configurable hour (a review at 23:55 and one at 00:05
 * the next day are one day apart; with days starting at 04:00, reviews at 01:00 and 03:00 the same night
 * belong to the previous day).
 */
public final class StudyDays {

    private StudyDays() {}

    /**
     * The study day an instant belongs to: the date of the local wall-clock time in {@code zone} minus
     * {@code dayStartHour} hours.
     */
    public static LocalDate dayOf(Instant instant, ZoneId zone, int dayStartHour) {
        return instant.atZone(zone).toLocalDateTime().minusHours(dayStartHour).toLocalDate();
    }

    /** Calendar days from the study day of {@code from} to that of {@code to} (negative if earlier). */
    public static long between(Instant from, Instant to, ZoneId zone, int dayStartHour) {
        return ChronoUnit.DAYS.between(dayOf(from, zone, dayStartHour), dayOf(to, zone, dayStartHour));
    }

    /** Whole 24-hour periods from {@code from} to {@code to}, rounded down. */
    public static long fullDays(Instant from, Instant to) {
        return Math.floorDiv(
                Duration.between(from, to).toMillis(), Duration.ofDays(1).toMillis());
    }
}
