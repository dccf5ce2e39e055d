package org.quiztrainer.study.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quiztrainer.shell.Chart;
import org.quiztrainer.study.Workload;
import org.quiztrainer.study.WorkloadPoint;

/**
 * The workload chart (ECharts, drawn by {@link Chart}): reviews a day and cards memorised by desired
 * retention, the learner's retention and the retention of least work per memorised card marked.
 */
final class WorkloadChart extends Chart {

    WorkloadChart() {
        super("workload-chart", "18rem");
    }

    void show(Workload w) {
        List<String> retentions =
                w.points().stream().map(p -> label(p.retention())).toList();
        String reviews = getTranslation("memory.workload.reviews");
        String memorised = getTranslation("memory.workload.memorised");
        Map<String, Object> marks = map(
                "symbol",
                "none",
                "data",
                List.of(
                        map(
                                "xAxis",
                                label(w.currentRetention()),
                                "label",
                                map(
                                        "formatter",
                                        getTranslation("memory.workload.current"),
                                        "position",
                                        "insideEndTop")),
                        map(
                                "xAxis",
                                label(w.suggestedRetention()),
                                "lineStyle",
                                map("type", "dotted"),
                                "label",
                                map(
                                        "formatter",
                                        getTranslation("memory.workload.suggested"),
                                        "position",
                                        "insideEndBottom"))));
        setOptions(map(
                "grid", map("left", 8, "right", 8, "top", 40, "bottom", 8, "containLabel", true),
                "tooltip", map("trigger", "axis"),
                "legend", map("top", 0, "data", List.of(reviews, memorised)),
                "xAxis",
                        map(
                                "type",
                                "category",
                                "name",
                                getTranslation("memory.workload.axis"),
                                "nameLocation",
                                "middle",
                                "nameGap",
                                24,
                                "data",
                                retentions),
                "yAxis",
                        List.of(
                                map("type", "value", "name", reviews, "minInterval", 1),
                                map("type", "value", "name", memorised, "splitLine", map("show", false))),
                "series",
                        List.of(
                                map(
                                        "type",
                                        "line",
                                        "name",
                                        reviews,
                                        "showSymbol",
                                        false,
                                        "markLine",
                                        marks,
                                        "data",
                                        w.points().stream()
                                                .map(p -> round(p.reviewsPerDay()))
                                                .toList()),
                                map(
                                        "type",
                                        "line",
                                        "name",
                                        memorised,
                                        "yAxisIndex",
                                        1,
                                        "showSymbol",
                                        false,
                                        "data",
                                        w.points().stream()
                                                .map(WorkloadPoint::memorised)
                                                .map(WorkloadChart::round)
                                                .toList()))));
    }

    static String label(double retention) {
        return String.format(Locale.ROOT, "%.2f", retention);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }
}
