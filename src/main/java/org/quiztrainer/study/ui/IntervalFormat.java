package org.quiztrainer.study.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.function.BiFunction;

/**
 * Writes the interval a rating leads to the way Anki does: minutes below an hour, hours below a day,
 * days below a month, then months ({@code days / 30}) and years ({@code days / 365}) with one decimal.
 */
final class IntervalFormat {

    private IntervalFormat() {}

    /**
     * @param translate looks up an i18n key with one argument, e.g. {@code study.unit.days} and {@code "3"}
     */
    static String format(Duration interval, BiFunction<String, String, String> translate) {
        long minutes = Math.max(1, Math.round(interval.toSeconds() / 60.0));
        if (minutes < 60) {
            return translate.apply("study.unit.minutes", Long.toString(minutes));
        }
        double hours = interval.toSeconds() / 3600.0;
        if (hours < 24) {
            return translate.apply("study.unit.hours", oneDecimal(hours));
        }
        double days = interval.toSeconds() / 86400.0;
        if (Math.round(days) < 30) {
            return translate.apply("study.unit.days", Long.toString(Math.round(days)));
        }
        if (days < 365) {
            return translate.apply("study.unit.months", oneDecimal(days / 30));
        }
        return translate.apply("study.unit.years", oneDecimal(days / 365));
    }

    /** One decimal, without a trailing {@code .0}: 1.2, 3, 10.5. */
    static String oneDecimal(double value) {
        return BigDecimal.valueOf(value)
                .setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
