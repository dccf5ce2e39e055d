package org.quiztrainer.grading;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Units as questions/units.txt defines them, and a context with no timing history. */
final class Fixtures {

    static final GradeContext UNTIMED = GradeContext.withoutHistory(Duration.ofSeconds(10));

    static final UnitSpec PARAMS = new UnitSpec(
            new BigDecimal("1e9"),
            List.of("B", "b", "billion", "billions", "bn", "十亿", "B parameters", "billion parameters"),
            scales(
                    "亿",
                    "1e8",
                    "万",
                    "1e4",
                    "M",
                    "1e6",
                    "million",
                    "1e6",
                    "T",
                    "1e12",
                    "trillion",
                    "1e12",
                    "万亿",
                    "1e12",
                    "千亿",
                    "1e11",
                    "亿参数",
                    "1e8",
                    "亿个参数",
                    "1e8",
                    "million parameters",
                    "1e6",
                    "trillion parameters",
                    "1e12"));

    static final UnitSpec TOKENS = new UnitSpec(
            new BigDecimal("1e9"),
            List.of("B", "B tokens", "billion tokens", "billion", "十亿"),
            scales(
                    "T",
                    "1e12",
                    "T tokens",
                    "1e12",
                    "trillion",
                    "1e12",
                    "trillion tokens",
                    "1e12",
                    "万亿",
                    "1e12",
                    "亿",
                    "1e8",
                    "M",
                    "1e6",
                    "million",
                    "1e6"));

    static final UnitSpec DAYS = new UnitSpec(
            BigDecimal.ONE,
            List.of("d", "day", "days", "天", "日"),
            scales("h", "0.041666666666666664", "hours", "0.041666666666666664", "小时", "0.041666666666666664"));

    static final UnitSpec YEAR = new UnitSpec(BigDecimal.ONE, List.of("年", "AD", "CE"), Map.of());

    static final UnitSpec LAYERS = new UnitSpec(BigDecimal.ONE, List.of("层", "个", "个层", "layer", "layers"), Map.of());

    static final UnitSpec PERCENT = new UnitSpec(BigDecimal.ONE, List.of("%", "percent", "per cent"), Map.of());

    private Fixtures() {}

    static Grade grade(AnswerKey key, Response response) {
        return Grader.grade(key, response, UNTIMED);
    }

    private static Map<String, BigDecimal> scales(String... wordsAndValues) {
        Map<String, BigDecimal> scales = new LinkedHashMap<>();
        for (int i = 0; i < wordsAndValues.length; i += 2) {
            scales.put(wordsAndValues[i], new BigDecimal(wordsAndValues[i + 1]));
        }
        return scales;
    }
}
