package org.quiztrainer.study.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntervalFormatTest {

    static final Map<String, String> EN = Map.of(
            "study.unit.minutes",
            "{0} min",
            "study.unit.hours",
            "{0} h",
            "study.unit.days",
            "{0} d",
            "study.unit.months",
            "{0} mo",
            "study.unit.years",
            "{0} y");
    static final Map<String, String> ZH = Map.of(
            "study.unit.minutes",
            "{0} 分钟",
            "study.unit.hours",
            "{0} 小时",
            "study.unit.days",
            "{0} 天",
            "study.unit.months",
            "{0} 个月",
            "study.unit.years",
            "{0} 年");

    @Test
    void intervalsReadLikeAnki() {
        assertThat(en(Duration.ofSeconds(20))).isEqualTo("1 min");
        assertThat(en(Duration.ofMinutes(1))).isEqualTo("1 min");
        assertThat(en(Duration.ofMinutes(10))).isEqualTo("10 min");
        assertThat(en(Duration.ofMinutes(90))).isEqualTo("1.5 h");
        assertThat(en(Duration.ofHours(3))).isEqualTo("3 h");
        assertThat(en(Duration.ofDays(3).plusHours(2))).isEqualTo("3 d");
        assertThat(en(Duration.ofDays(36))).isEqualTo("1.2 mo");
        assertThat(en(Duration.ofDays(767))).isEqualTo("2.1 y");
    }

    @Test
    void chineseUnits() {
        assertThat(format(Duration.ofMinutes(10), ZH)).isEqualTo("10 分钟");
        assertThat(format(Duration.ofDays(3), ZH)).isEqualTo("3 天");
        assertThat(format(Duration.ofDays(36), ZH)).isEqualTo("1.2 个月");
    }

    private static String en(Duration d) {
        return format(d, EN);
    }

    private static String format(Duration d, Map<String, String> bundle) {
        return IntervalFormat.format(d, (key, n) -> bundle.get(key).replace("{0}", n));
    }
}
