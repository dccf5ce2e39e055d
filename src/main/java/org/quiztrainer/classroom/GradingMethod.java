package org.quiztrainer.classroom;

import java.util.List;
import java.util.OptionalDouble;

/** How a learner's submitted attempts make their grade for an assignment. */
public enum GradingMethod {
    /** The best attempt. */
    HIGHEST,
    /** The mean of all submitted attempts. */
    AVERAGE,
    /** The first submitted attempt. */
    FIRST,
    /** The last submitted attempt. */
    LAST;

    /** The grade from the scores of the submitted attempts in the order they were started; empty if none. */
    public OptionalDouble grade(List<Double> scores) {
        if (scores.isEmpty()) {
            return OptionalDouble.empty();
        }
        return switch (this) {
            case HIGHEST -> scores.stream().mapToDouble(Double::doubleValue).max();
            case AVERAGE -> scores.stream().mapToDouble(Double::doubleValue).average();
            case FIRST -> OptionalDouble.of(scores.get(0));
            case LAST -> OptionalDouble.of(scores.get(scores.size() - 1));
        };
    }
}
