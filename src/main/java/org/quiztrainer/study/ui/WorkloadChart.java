package org.quiztrainer.study.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.quiztrainer.shell.Chart;
import org.quiztrainer.study.Workload;
import org.quiztrainer.study.WorkloadPoint;

/**
 * The workload chart (ECharts, drawn by {@link Chart}): reviews a day (left axis) and cards memorised (right
 * axis) by desired retention, the learner's retention marked by a solid line and the retention of least work
 * per memorised card by a dotted one.
 */
final class WorkloadChart extends Chart {

    WorkloadChart() {
        super("workload-chart", "18rem");
    }

    void show(Workload w) {
        String reviews = getTranslation("memory.workload.reviews");
        String memorised = getTranslation("memory.workload.memorised");
        Map<String, Object> marks = map(
                "symbol",
                "none",
                "data",
                List.of(
                        mark(w.currentRetention(), "solid", "memory.workload.current", "insideEndTop"),
                        mark(w.suggestedRetention(), "dotted", "memory.workload.suggested", "insideEndBottom")));
        Map<String, Object> xAxis = map(
                "type",
                "category",
                "name",
                getTranslation("memory.workload.axis"),
                "nameLocation",
                "middle",
                "nameGap",
                28,
                "data",
                w.points().stream().map(p -> label(p.retention())).toList());
        List<Map<String, Object>> yAxes = List.of(
                map("type", "value", "name", reviews, "minInterval", 1, "nameTextStyle", map("align", "left")),
                map(
                        "type",
                        "value",
                        "name",
                        memorised,
                        "splitLine",
                        map("show", false),
                        "nameTextStyle",
                        map("align", "right")));
        Map<String, Object> reviewSeries = series(reviews, 0, w, WorkloadPoint::reviewsPerDay);
        reviewSeries.put("markLine", marks);
        setOptions(map(
                "grid",
                map("left", 8, "right", 8, "top", 60, "bottom", 30, "containLabel", true),
                "tooltip",
                map("trigger", "axis"),
                "legend",
                map("top", 0, "data", List.of(reviews, memorised)),
                "xAxis",
                xAxis,
                "yAxis",
                yAxes,
                "series",
                List.of(reviewSeries, series(memorised, 1, w, WorkloadPoint::memorised))));
    }

    private Map<String, Object> mark(double retention, String line, String labelKey, String position) {
        return map(
                "xAxis",
                label(retention),
                "lineStyle",
                map("type", line),
                "label",
                map("formatter", getTranslation(labelKey), "position", position));
    }

    private static Map<String, Object> series(
            String name, int axis, Workload w, ToDoubleFunction<WorkloadPoint> value) {
        return map(
                "type",
                "line",
                "name",
                name,
                "yAxisIndex",
                axis,
                "showSymbol",
                false,
                "data",
                w.points().stream()
                        .map(p -> Math.round(value.applyAsDouble(p) * 10) / 10.0)
                        .toList());
    }

    /** A retention as the chart's category label: two decimals. */
    static String label(double retention) {
        return String.format(Locale.ROOT, "%.2f", retention);
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }
}
