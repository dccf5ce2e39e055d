package org.quiztrainer.srs.simulation;

/**
 * What a simulation cost and achieved.
 *
 * @param policy     the policy's name
 * @param days       simulated days
 * @param introduced cards introduced
 * @param answers    all answers given, including same-day learning and relearning steps
 * @param reviews    answers to cards in state Review (the scheduled reviews, lapses included)
 * @param recalled   of those, the ones recalled (not Again)
 * @param seconds    time spent answering
 * @param memorised  cards memorised at the end: the sum over introduced cards of their true recall
 *                   probability on the day after the last simulated day
 * @param memorisedAverage cards memorised averaged over all days (each day the sum of the true recall
 *                   probability of the cards introduced before it, at its start), as the FSRS authors
 *                   measure it
 */
public record SimulationResult(
        String policy,
        int days,
        int introduced,
        long answers,
        long reviews,
        long recalled,
        double seconds,
        double memorised,
        double memorisedAverage) {

    /** All answers per day. */
    public double answersPerDay() {
        return (double) answers / days;
    }

    /** Scheduled reviews per day. */
    public double reviewsPerDay() {
        return (double) reviews / days;
    }

    /** The share of scheduled reviews recalled: the true retention the schedule achieved. */
    public double retentionAtReview() {
        return (double) recalled / reviews;
    }

    /** Minutes of study per day. */
    public double minutesPerDay() {
        return seconds / 60 / days;
    }

    /** Cards memorised per minute of study. */
    public double memorisedPerMinute() {
        return memorised / (seconds / 60);
    }

    /** Scheduled reviews per card memorised (average over all days). */
    public double reviewsPerMemorised() {
        return reviews / memorisedAverage;
    }
}
