package org.quiztrainer.srs.workload;

import java.util.List;

/**
 * What a {@link DailySimulator} run cost and achieved, measured as the FSRS authors measure it
 * (SSP-MMC-FSRS {@code compute_simulation_metrics}).
 *
 * @param policy                  the policy's name
 * @param days                    simulated days
 * @param introduced              cards introduced
 * @param reviews                 reviews of introduced cards (first answers not counted)
 * @param recalled                of those, the ones recalled (not Again)
 * @param seconds                 time spent on first answers and reviews
 * @param memorisedAverage        cards memorised, averaged over all days: each day the sum over
 *                                introduced cards of the true probability of recall at the start of
 *                                the day
 * @param memorisedAtEnd          the same sum on the day after the last simulated day
 * @param averageCumulativeHours  the hours studied up to each day, averaged over all days
 */
public record DailyResult(
        String policy,
        int days,
        int introduced,
        double reviews,
        double recalled,
        double seconds,
        double memorisedAverage,
        double memorisedAtEnd,
        double averageCumulativeHours) {

    /** The average of runs of the same policy and setting (for example over several seeds). */
    public static DailyResult mean(List<DailyResult> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("runs must not be empty");
        }
        int n = runs.size();
        DailyResult first = runs.get(0);
        return new DailyResult(
                first.policy(),
                first.days(),
                first.introduced(),
                runs.stream().mapToDouble(DailyResult::reviews).sum() / n,
                runs.stream().mapToDouble(DailyResult::recalled).sum() / n,
                runs.stream().mapToDouble(DailyResult::seconds).sum() / n,
                runs.stream().mapToDouble(DailyResult::memorisedAverage).sum() / n,
                runs.stream().mapToDouble(DailyResult::memorisedAtEnd).sum() / n,
                runs.stream().mapToDouble(DailyResult::averageCumulativeHours).sum() / n);
    }

    /** Reviews per day, averaged over all days. */
    public double reviewsPerDay() {
        return reviews / days;
    }

    /** Minutes of study per day, averaged over all days. */
    public double minutesPerDay() {
        return seconds / 60 / days;
    }

    /**
     * The published efficiency, "memorized / hours spent (average, all days)": memorised cards averaged
     * over all days divided by the hours studied up to each day averaged over all days.
     */
    public double memorisedPerHour() {
        return memorisedAverage / averageCumulativeHours;
    }

    /** Reviews per card memorised (average over all days). */
    public double reviewsPerMemorised() {
        return reviews / memorisedAverage;
    }

    /** The share of reviews recalled: the true retention the schedule achieved. */
    public double retentionAtReview() {
        return recalled / reviews;
    }
}
