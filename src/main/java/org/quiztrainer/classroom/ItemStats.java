package org.quiztrainer.classroom;

import java.util.Map;

/**
 * The statistics of one question over the analysed attempts, as Moodle's quiz statistics report defines them.
 *
 * @param attempts       how many analysed attempts asked the question
 * @param facility       the facility index: the mean mark as a fraction of the maximum, 0..1
 * @param sd             the sample standard deviation of the mark
 * @param discrimination the discrimination index as a correlation in -1..1 (Moodle shows it times 100), or
 *                       null when it is undefined (fewer than two attempts, or no spread in marks)
 * @param averageSeconds the mean answer time of those who answered, in seconds
 * @param distribution   how many attempts gave each response: a choice index, true/false, or the typed text
 *                       ({@link ItemStatistics#NO_ANSWER} for none)
 * @param flagged        the discrimination is below {@value ItemStatistics#LOW_DISCRIMINATION} (or negative)
 */
public record ItemStats(
        String questionId,
        int attempts,
        double facility,
        double sd,
        Double discrimination,
        double averageSeconds,
        Map<String, Integer> distribution,
        boolean flagged) {}
