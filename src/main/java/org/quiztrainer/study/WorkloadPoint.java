package org.quiztrainer.study;

/**
 * The simulated cost and result of studying at one desired retention.
 *
 * @param retention     the desired retention
 * @param reviewsPerDay reviews a day, averaged over the simulated days
 * @param minutesPerDay minutes a day, averaged over the simulated days
 * @param memorised     cards memorised at the end (the sum of their probabilities of recall)
 */
public record WorkloadPoint(double retention, double reviewsPerDay, double minutesPerDay, double memorised) {

    /** Minutes of study per memorised card over the whole simulation. */
    public double minutesPerMemorised(int days) {
        return memorised <= 0 ? Double.POSITIVE_INFINITY : minutesPerDay * days / memorised;
    }
}
