package org.quiztrainer.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the learner's progress page shows.
 *
 * @param today       the current study date in the learner's zone and day-start hour
 * @param calendar    answers per study day over the last year (days without answers left out)
 * @param forecast    cards coming due on each of the next 30 study days, today first (overdue counted today)
 * @param retention   true retention over 7, 30 and 365 days
 * @param topics      mastery per topic, in tree order
 * @param leeches     cards suspended as leeches
 */
public record Dashboard(
        LocalDate today,
        Today summary,
        List<DayCount> calendar,
        List<DayCount> forecast,
        List<Retention> retention,
        List<TopicMastery> topics,
        CardStates states,
        List<TypeAccuracy> accuracy,
        List<QuestionRecall> leeches) {}
