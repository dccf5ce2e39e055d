package org.quiztrainer.progress.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quiztrainer.progress.DayCount;
import org.quiztrainer.progress.RecallPoint;
import org.quiztrainer.progress.ReviewEntry;

/** ECharts options for the progress charts; colours come from the theme in the browser. */
final class ChartOptions {

    private ChartOptions() {}

    /**
     * A calendar heatmap of answers per day over the year ending {@code today}: a day without answers is an empty
     * cell, a day with one answer the lightest shade of the scale (which the theme keeps at 3:1 against the page).
     */
    static Map<String, Object> calendar(List<DayCount> days, LocalDate today, Locale locale, String name) {
        int max = days.stream().mapToInt(DayCount::count).max().orElse(1);
        List<List<Object>> data = days.stream()
                .filter(d -> d.count() > 0)
                .map(d -> List.<Object>of(d.date().toString(), d.count()))
                .toList();
        boolean zh = "zh".equals(locale.getLanguage());
        return map(
                "tooltip",
                Map.of("trigger", "item"),
                "visualMap",
                map("show", false, "min", 1, "max", Math.max(2, max)),
                "calendar",
                map(
                        "range",
                        List.of(today.minusDays(364).toString(), today.toString()),
                        "qtFit",
                        true,
                        "dayLabel",
                        Map.of("nameMap", zh ? "ZH" : "EN", "firstDay", 1, "fontSize", 10),
                        "monthLabel",
                        Map.of("nameMap", zh ? "ZH" : "EN", "fontSize", 10)),
                "series",
                List.of(map("type", "heatmap", "coordinateSystem", "calendar", "name", name, "data", data)));
    }

    /** Bars of cards due per day. */
    static Map<String, Object> forecast(List<DayCount> days, String name) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("M/d");
        return map(
                "grid",
                grid(),
                "tooltip",
                Map.of("trigger", "axis"),
                "xAxis",
                map(
                        "type",
                        "category",
                        "data",
                        days.stream().map(d -> d.date().format(f)).toList()),
                "yAxis",
                map("type", "value", "minInterval", 1),
                "series",
                List.of(map(
                        "type",
                        "bar",
                        "name",
                        name,
                        "data",
                        days.stream().map(DayCount::count).toList())));
    }

    /** A doughnut of named counts; zero slices left out. */
    static Map<String, Object> doughnut(Map<String, Integer> slices) {
        List<Map<String, Object>> data = new ArrayList<>();
        slices.forEach((name, n) -> {
            if (n > 0) {
                data.add(map("name", name, "value", n));
            }
        });
        return map(
                "tooltip",
                Map.of("trigger", "item"),
                "legend",
                map("bottom", 0, "type", "scroll"),
                "series",
                List.of(map(
                        "type",
                        "pie",
                        "radius",
                        List.of("40%", "68%"),
                        "center",
                        List.of("50%", "42%"),
                        "label",
                        Map.of("show", false),
                        "data",
                        data)));
    }

    /** Horizontal bars of shares 0..1, one bar group per category, top to bottom in the given order. */
    static Map<String, Object> shares(List<String> categories, Map<String, List<Double>> series) {
        List<Map<String, Object>> out = new ArrayList<>();
        series.forEach((name, values) -> out.add(map(
                "type",
                "bar",
                "name",
                name,
                "data",
                reversed(values.stream().map(v -> v.isNaN() ? null : round(v)).toList()))));
        return map(
                "qtPercent",
                true,
                "grid",
                map("left", 8, "right", 24, "top", series.size() > 1 ? 32 : 8, "bottom", 8, "containLabel", true),
                "tooltip",
                Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")),
                "legend",
                map("show", series.size() > 1, "top", 0),
                "xAxis",
                map("type", "value", "min", 0, "max", 1, "qtPercent", true),
                "yAxis",
                map(
                        "type",
                        "category",
                        "data",
                        reversed(categories),
                        "axisLabel",
                        Map.of("width", 130, "overflow", "truncate")),
                "series",
                out);
    }

    /** Predicted recall over time. */
    static Map<String, Object> recall(List<RecallPoint> points, String name) {
        return map(
                "qtPercent",
                true,
                "grid",
                grid(),
                "tooltip",
                Map.of("trigger", "axis"),
                "xAxis",
                Map.of("type", "time"),
                "yAxis",
                map("type", "value", "min", 0, "max", 1, "qtPercent", true),
                "series",
                List.of(map(
                        "type",
                        "line",
                        "name",
                        name,
                        "showSymbol",
                        false,
                        "areaStyle",
                        Map.of(),
                        "data",
                        points.stream()
                                .map(p -> List.<Object>of(p.at().toEpochMilli(), round(p.recall())))
                                .toList())));
    }

    /** Stability (days, left axis) and difficulty (1..10, right axis) after each answer. */
    static Map<String, Object> memory(List<ReviewEntry> reviews, String stability, String difficulty) {
        return map(
                "grid",
                map("left", 8, "right", 8, "top", 16, "bottom", 32, "containLabel", true),
                "tooltip",
                Map.of("trigger", "axis"),
                "legend",
                Map.of("bottom", 0),
                "xAxis",
                Map.of("type", "time"),
                "yAxis",
                List.of(
                        map("type", "value"),
                        map("type", "value", "min", 0, "max", 10, "splitLine", Map.of("show", false))),
                "series",
                List.of(
                        map(
                                "type",
                                "line",
                                "name",
                                stability,
                                "step",
                                "end",
                                "data",
                                reviews.stream()
                                        .map(r -> List.<Object>of(r.at().toEpochMilli(), round(r.stability())))
                                        .toList()),
                        map(
                                "type",
                                "line",
                                "name",
                                difficulty,
                                "yAxisIndex",
                                1,
                                "data",
                                reviews.stream()
                                        .map(r -> List.<Object>of(r.at().toEpochMilli(), round(r.difficulty())))
                                        .toList())));
    }

    private static Map<String, Object> grid() {
        return map("left", 8, "right", 16, "top", 16, "bottom", 8, "containLabel", true);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> out = new ArrayList<>(list);
        java.util.Collections.reverse(out);
        return out;
    }

    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }
}
