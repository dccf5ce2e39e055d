package org.quiztrainer.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.quiztrainer.bank.QuestionType;
import org.quiztrainer.srs.State;

/**
 * The learner statistics as pure functions of review-log rows and cards. Days are study days: a study
 * day starts at the day-start hour in the learner's zone and is named by the date it starts on, so an
 * answer at 02:00 with a 04:00 start belongs to the day before.
 */
final class Statistics {

    /** Young cards have an interval under this many days before the answer (Anki's split). */
    static final int MATURE_DAYS = 21;
    /** Days shown in the calendar, today included. */
    static final int CALENDAR_DAYS = 365;

    private Statistics() {}

    /** The study date of an instant: its local date, or the day before when before the day-start hour. */
    static LocalDate studyDate(Instant t, ZoneId zone, int dayStartHour) {
        ZonedDateTime local = t.atZone(zone);
        LocalDate date = local.toLocalDate();
        return local.getHour() < dayStartHour ? date.minusDays(1) : date;
    }

    /**
     * Consecutive study days with answers, ending today; when today has none yet, ending yesterday
     * (today can still keep the streak). 0 when neither today nor yesterday has an answer.
     */
    static int streak(Collection<LocalDate> studyDays, LocalDate today) {
        Set<LocalDate> days = new HashSet<>(studyDays);
        LocalDate d = days.contains(today) ? today : today.minusDays(1);
        int n = 0;
        while (days.contains(d)) {
            n++;
            d = d.minusDays(1);
        }
        return n;
    }

    /** Answers per study day over the {@link #CALENDAR_DAYS} days ending today, in date order, zeros left out. */
    static List<DayCount> calendar(List<LogRow> logs, ZoneId zone, int dayStartHour, LocalDate today) {
        LocalDate first = today.minusDays(CALENDAR_DAYS - 1L);
        Map<LocalDate, Integer> counts = new TreeMap<>();
        for (LogRow log : logs) {
            LocalDate d = studyDate(log.at(), zone, dayStartHour);
            if (!d.isBefore(first) && !d.isAfter(today)) {
                counts.merge(d, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .map(e -> new DayCount(e.getKey(), e.getValue()))
                .toList();
    }

    /**
     * Cards coming due on each of the {@code days} study days from today: a card counts on the study day
     * of its due time, an overdue card today. Suspended cards are left out.
     */
    static List<DayCount> forecast(List<CardRow> cards, ZoneId zone, int dayStartHour, LocalDate today, int days) {
        int[] counts = new int[days];
        for (CardRow c : cards) {
            if (c.suspended() || c.card().state() == State.NEW) {
                continue;
            }
            long offset = Math.max(
                    0, today.until(studyDate(c.card().due(), zone, dayStartHour), java.time.temporal.ChronoUnit.DAYS));
            if (offset < days) {
                counts[(int) offset]++;
            }
        }
        List<DayCount> out = new ArrayList<>(days);
        for (int i = 0; i < days; i++) {
            out.add(new DayCount(today.plusDays(i), counts[i]));
        }
        return out;
    }

    /**
     * True retention over the {@code days} study days ending today: answers to cards in Review before the
     * answer, split by the interval before the answer into young (&lt; 21 days) and mature.
     */
    static Retention retention(List<LogRow> logs, ZoneId zone, int dayStartHour, LocalDate today, int days) {
        LocalDate first = today.minusDays(days - 1L);
        int youngPassed = 0;
        int young = 0;
        int maturePassed = 0;
        int mature = 0;
        for (LogRow log : logs) {
            if (log.stateBefore() != State.REVIEW
                    || studyDate(log.at(), zone, dayStartHour).isBefore(first)) {
                continue;
            }
            if (log.interval() < MATURE_DAYS) {
                young++;
                youngPassed += log.passed() ? 1 : 0;
            } else {
                mature++;
                maturePassed += log.passed() ? 1 : 0;
            }
        }
        return new Retention(days, new RetentionFigure(youngPassed, young), new RetentionFigure(maturePassed, mature));
    }

    /** Answers and passes per question type, in the type's order; types never answered left out. */
    static List<TypeAccuracy> accuracy(List<LogRow> logs) {
        Map<QuestionType, int[]> byType = new EnumMap<>(QuestionType.class);
        for (LogRow log : logs) {
            int[] c = byType.computeIfAbsent(log.type(), t -> new int[2]);
            c[0] += log.passed() ? 1 : 0;
            c[1]++;
        }
        return byType.entrySet().stream()
                .map(e -> new TypeAccuracy(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    /** Cards by state; {@code liveQuestions} minus the cards is the number never answered. */
    static CardStates states(List<CardRow> cards, int liveQuestions) {
        int learning = 0;
        int review = 0;
        int relearning = 0;
        int suspended = 0;
        for (CardRow c : cards) {
            if (c.suspended()) {
                suspended++;
                continue;
            }
            switch (c.card().state()) {
                case LEARNING -> learning++;
                case REVIEW -> review++;
                case RELEARNING -> relearning++;
                default -> {}
            }
        }
        return new CardStates(Math.max(0, liveQuestions - cards.size()), learning, review, relearning, suspended);
    }
}
