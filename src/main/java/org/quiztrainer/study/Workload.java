package org.quiztrainer.study;

import java.util.List;

/**
 * What studying at each desired retention would cost a learner, simulated with their own weights.
 *
 * @param points             one point per desired retention, 0.70 to 0.97
 * @param currentRetention   the learner's desired retention now
 * @param suggestedRetention the retention of least study time per memorised card
 * @param deckSize           cards in the simulated deck (the questions of the bank)
 * @param days               simulated days
 * @param newPerDay          new cards a day in the simulation (the learner's setting, at least 1)
 */
public record Workload(
        List<WorkloadPoint> points,
        double currentRetention,
        double suggestedRetention,
        int deckSize,
        int days,
        int newPerDay) {

    public Workload {
        points = List.copyOf(points);
    }
}
