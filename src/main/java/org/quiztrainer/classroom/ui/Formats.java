package org.quiztrainer.classroom.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How the classroom views write scores, times and durations. */
final class Formats {

    private Formats() {}

    /** A score 0..1 as a whole or one-decimal percentage ({@code 62.5 %}); a dash for none. */
    static String percent(Double score) {
        if (score == null) {
            return "–";
        }
        double p = Math.round(score * 1000) / 10.0;
        return (p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p)) + " %";
    }

    static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        return instant == null
                ? "–"
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .withZone(zone)
                        .format(instant);
    }

    /** A countdown: {@code h:mm:ss} or {@code m:ss}, never negative. */
    static String countdown(Duration left) {
        long s = Math.max(0, left.toSeconds());
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
