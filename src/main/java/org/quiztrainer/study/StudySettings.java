package org.quiztrainer.study;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quiztrainer.account.InvalidInputException;

/**
 * A learner's study options. Invalid values are refused with the i18n key of each bad field.
 *
 * @param desiredRetention the recall probability reviews are scheduled for, 0.70 to 0.97
 * @param newPerDay        new cards introduced per study day, 0 to 9999
 * @param maxReviewsPerDay reviews shown per study day, 0 to 99999
 * @param learningSteps    same-day steps of a new card, 1 to 10 steps of 1 minute to 1 day
 * @param relearningSteps  same-day steps after a lapse, 0 to 10 steps
 * @param dayStartHour     the hour a new study day starts (Anki's "next day starts at"), 0 to 23
 * @param zone             the learner's time zone
 */
public record StudySettings(
        double desiredRetention,
        int newPerDay,
        int maxReviewsPerDay,
        List<Duration> learningSteps,
        List<Duration> relearningSteps,
        int dayStartHour,
        ZoneId zone) {

    /** Defaults: 0.90, 20 new, 200 reviews, steps 1 min and 10 min, relearning 10 min, day starts at 4 am. */
    public static StudySettings defaults(ZoneId zone) {
        return new StudySettings(
                0.90,
                20,
                200,
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
                List.of(Duration.ofMinutes(10)),
                4,
                zone);
    }

    public StudySettings {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!(desiredRetention >= 0.70 && desiredRetention <= 0.97)) {
            errors.put("desiredRetention", "study.settings.error.retention");
        }
        if (newPerDay < 0 || newPerDay > 9999) {
            errors.put("newPerDay", "study.settings.error.new-per-day");
        }
        if (maxReviewsPerDay < 0 || maxReviewsPerDay > 99999) {
            errors.put("maxReviewsPerDay", "study.settings.error.reviews-per-day");
        }
        if (learningSteps == null
                || learningSteps.isEmpty()
                || learningSteps.size() > 10
                || !stepsValid(learningSteps)) {
            errors.put("learningSteps", "study.settings.error.steps");
        }
        if (relearningSteps == null || relearningSteps.size() > 10 || !stepsValid(relearningSteps)) {
            errors.put("relearningSteps", "study.settings.error.steps");
        }
        if (dayStartHour < 0 || dayStartHour > 23) {
            errors.put("dayStartHour", "study.settings.error.day-start");
        }
        if (zone == null) {
            errors.put("zone", "study.settings.error.zone");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
    }

    private static boolean stepsValid(List<Duration> steps) {
        return steps.stream()
                .allMatch(s ->
                        s != null && s.compareTo(Duration.ofMinutes(1)) >= 0 && s.compareTo(Duration.ofDays(1)) <= 0);
    }

    /** Steps written as {@code 1m 10m 1h 1d}. */
    public static String formatSteps(List<Duration> steps) {
        List<String> out = new ArrayList<>();
        for (Duration d : steps) {
            if (d.toDays() > 0 && d.equals(Duration.ofDays(d.toDays()))) {
                out.add(d.toDays() + "d");
            } else if (d.toHours() > 0 && d.equals(Duration.ofHours(d.toHours()))) {
                out.add(d.toHours() + "h");
            } else {
                out.add(d.toMinutes() + "m");
            }
        }
        return String.join(" ", out);
    }

    /**
     * Parses steps written as {@code 1m 10m 1h 1d} (separated by spaces or commas); a bad step throws
     * {@link IllegalArgumentException} naming it.
     */
    public static List<Duration> parseSteps(String text) {
        List<Duration> out = new ArrayList<>();
        for (String part : Objects.requireNonNullElse(text, "").trim().split("[\\s,，]+", -1)) {
            if (part.isEmpty()) {
                continue;
            }
            if (!part.matches("\\d{1,4}[mhd]")) {
                throw new IllegalArgumentException("bad step '" + part + "'");
            }
            long n = Long.parseLong(part.substring(0, part.length() - 1));
            out.add(
                    switch (part.charAt(part.length() - 1)) {
                        case 'm' -> Duration.ofMinutes(n);
                        case 'h' -> Duration.ofHours(n);
                        default -> Duration.ofDays(n);
                    });
        }
        return out;
    }
}
