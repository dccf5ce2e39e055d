package org.quiztrainer.progress;

import java.time.LocalDate;

/**
 * A number for one study day, e.g. reviews done or cards coming due.
 *
 * @param date the calendar date on which the study day starts (in the learner's zone)
 */
public record DayCount(LocalDate date, int count) {}
