package org.quiztrainer.grading;

import java.time.Duration;
import java.util.Optional;
import org.quiztrainer.srs.Rating;

/**
 * How long the learner took, measured by the caller, and what is usual for them, used only to suggest
 * a rating. With answer time {@code t}, the learner's median time {@code m} for this question type,
 * slow factor {@code s} (default 2) and fast factor {@code f} (default 0.5):
 *
 * <pre>
 * score &lt; 1                     -&gt; AGAIN  (partial credit keeps its score but is a lapse for self-study)
 * no median known                -&gt; GOOD
 * t &gt; s * m                      -&gt; HARD
 * t &lt; f * m and no typo forgiven -&gt; EASY
 * otherwise                      -&gt; GOOD
 * </pre>
 *
 * @param answerTime from showing the question to the answer, not negative
 * @param typicalTime the learner's median answer time for this question type, positive, if they have one
 * @param slowFactor {@code s}: slower than {@code s * m} suggests Hard; at least 1
 * @param fastFactor {@code f}: faster than {@code f * m} suggests Easy; in 0..1
 */
public record GradeContext(Duration answerTime, Optional<Duration> typicalTime, double slowFactor, double fastFactor) {

    /** The default slow factor {@code s}. */
    public static final double SLOW_FACTOR = 2.0;
    /** The default fast factor {@code f}. */
    public static final double FAST_FACTOR = 0.5;

    public GradeContext {
        Checks.notNull(answerTime, "answer time");
        Checks.notNull(typicalTime, "typical time (use Optional.empty() when unknown)");
        Checks.require(!answerTime.isNegative(), "answer time must not be negative, was " + answerTime);
        typicalTime.ifPresent(
                m -> Checks.require(!m.isNegative() && !m.isZero(), "typical time must be positive, was " + m));
        Checks.require(slowFactor >= 1, "slow factor must be at least 1, was " + slowFactor);
        Checks.require(fastFactor >= 0 && fastFactor <= 1, "fast factor must be in 0..1, was " + fastFactor);
    }

    /** An answer taking {@code answerTime} by a learner whose median is {@code typicalTime}; default factors. */
    public static GradeContext timed(Duration answerTime, Duration typicalTime) {
        return new GradeContext(answerTime, Optional.of(typicalTime), SLOW_FACTOR, FAST_FACTOR);
    }

    /** An answer by a learner with no history for this question type yet: right means Good. */
    public static GradeContext withoutHistory(Duration answerTime) {
        return new GradeContext(answerTime, Optional.empty(), SLOW_FACTOR, FAST_FACTOR);
    }

    /** The rating the rule in the type's Javadoc suggests for {@code score}. */
    Rating suggest(double score, boolean typoForgiven) {
        if (score < 1) {
            return Rating.AGAIN;
        }
        if (typicalTime.isEmpty()) {
            return Rating.GOOD;
        }
        double t = seconds(answerTime);
        double m = seconds(typicalTime.get());
        if (t > slowFactor * m) {
            return Rating.HARD;
        }
        if (t < fastFactor * m && !typoForgiven) {
            return Rating.EASY;
        }
        return Rating.GOOD;
    }

    private static double seconds(Duration duration) {
        return duration.getSeconds() + duration.getNano() / 1e9;
    }
}
