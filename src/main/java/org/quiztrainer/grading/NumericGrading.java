package org.quiztrainer.grading;

import java.math.BigDecimal;

/** Typed numbers, read by {@link NumberReader}. */
final class NumericGrading {

    private NumericGrading() {}

    /**
     * Right when the answer, read into the key's unit, is within the tolerance:
     * <pre>
     * |given - value| &lt;= tolerance + 10^-12 * max(1, |value|)
     * </pre>
     * The small relative allowance absorbs scale words authored as rounded decimals
     * ({@code h=0.041666666666666664} days, so {@code 24 h} is one day); it never decides between
     * answers a learner would tell apart.
     */
    static Marked grade(AnswerKey.NumericKey key, String typed) {
        NumberReader.Reading reading = NumberReader.read(typed, key.unit());
        if (reading instanceof NumberReader.Unreadable unreadable) {
            return Marked.invalid(unreadable.problem(), unreadable.detail());
        }
        NumberReader.Value read = (NumberReader.Value) reading;
        BigDecimal allowance = key.value().abs().max(BigDecimal.ONE).scaleByPowerOfTen(-12);
        boolean right = read.value()
                        .subtract(key.value())
                        .abs()
                        .compareTo(key.tolerance().add(allowance))
                <= 0;
        return Marked.of(
                right ? 1 : 0,
                new Feedback.Numeric(read.value().stripTrailingZeros(), key.value(), key.tolerance(), read.readAs()));
    }
}
