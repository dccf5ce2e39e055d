package org.quiztrainer.srs;

/**
 * Interval fuzz as FSRS defines it: an interval of 2.5 days or more is moved to a day drawn uniformly
 * from a range around it, so that cards learned together do not stay due together. The range grows
 * with the interval: 15 % of the part between 2.5 and 7 days, 10 % of the part between 7 and 20 days
 * and 5 % of the part above 20 days, plus one day.
 */
public final class Fuzz {

    private Fuzz() {}

    /**
     * The days an interval may be fuzzed to, inclusive.
     *
     * @param min the shortest interval
     * @param max the longest interval
     */
    public record Range(long min, long max) {}

    /**
     * The fuzz range of an interval:
     * $$\delta = 1 + 0.15 \cdot \text{clip}(I, 2.5, 7) + 0.10 \cdot \text{clip}(I, 7, 20)
     * + 0.05 \cdot \text{clip}(I, 20, \infty)$$ where clip(I, a, b) = max(min(I, b) - a, 0);
     * $$[\max(2, \text{round}(I - \delta)), \min(\text{round}(I + \delta), I_{max})]$$ and the lower end is
     * at least t + 1 when I > t, so a fuzzed interval never ends before the elapsed days.
     */
    public static Range range(double interval, long elapsedDays, long maximumInterval) {
        double delta = 1.0;
        delta += 0.15 * Math.max(Math.min(interval, 7.0) - 2.5, 0.0);
        delta += 0.10 * Math.max(Math.min(interval, 20.0) - 7.0, 0.0);
        delta += 0.05 * Math.max(interval - 20.0, 0.0);
        double capped = Math.min(interval, (double) maximumInterval);
        long min = Math.max(2, Math.round(capped - delta));
        long max = Math.min(Math.round(capped + delta), maximumInterval);
        if (capped > elapsedDays) {
            min = Math.max(min, elapsedDays + 1);
        }
        min = Math.min(min, max);
        return new Range(min, max);
    }

    /**
     * The fuzzed interval for a uniform draw {@code u} in [0, 1):
     * $$\lfloor u \cdot (\max - \min + 1) + \min \rfloor$$; intervals under 2.5 days are not fuzzed.
     */
    public static long apply(long interval, long elapsedDays, long maximumInterval, double u) {
        if (interval < 2.5) {
            return interval;
        }
        Range range = range((double) interval, elapsedDays, maximumInterval);
        return (long) Math.floor(u * (range.max() - range.min() + 1) + range.min());
    }

    /** The uniform draw for a review: the first Alea number of the seed {@code cardId:reps}. */
    public static double draw(String cardId, int reps) {
        return new Alea(cardId + ":" + reps).next();
    }
}
