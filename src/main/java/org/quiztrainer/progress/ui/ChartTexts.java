package org.quiztrainer.progress.ui;

import com.vaadin.flow.component.Component;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.quiztrainer.progress.DayCount;
import org.quiztrainer.progress.RecallPoint;
import org.quiztrainer.progress.ReviewEntry;

/** The text equivalent of each progress chart: its summary and its numbers, in the page's language. */
final class ChartTexts {

    /** The most rows a curve's table lists (points evenly spaced along it). */
    static final int CURVE_ROWS = 24;

    private final Component view;
    private final Locale locale;
    private final DateTimeFormatter date;
    private final ZoneId zone;

    /** Texts for the charts of {@code view} in its {@code locale}; times are shown in {@code zone}. */
    ChartTexts(Component view, Locale locale, ZoneId zone) {
        this.view = view;
        this.zone = zone;
        this.locale = locale;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    /** The calendar: answers and study days per month, and the busiest day. */
    ChartFigure calendar(Chart chart, List<DayCount> days) {
        int total = days.stream().mapToInt(DayCount::count).sum();
        String summary = days.stream()
                .filter(d -> d.count() > 0)
                .max(Comparator.comparingInt(DayCount::count))
                .map(best ->
                        t("progress.calendar.summary", total, active(days), date.format(best.date()), best.count()))
                .orElse(t("progress.calendar.none"));
        Map<YearMonth, List<DayCount>> months = days.stream()
                .filter(d -> d.count() > 0)
                .collect(Collectors.groupingBy(d -> YearMonth.from(d.date()), TreeMap::new, Collectors.toList()));
        DateTimeFormatter month = DateTimeFormatter.ofPattern(Labels.chinese(locale) ? "yyyy年M月" : "MMM yyyy", locale);
        List<List<String>> rows = new ArrayList<>();
        months.forEach((m, list) -> rows.add(List.of(
                month.format(m),
                String.valueOf(list.stream().mapToInt(DayCount::count).sum()),
                String.valueOf(list.size()))));
        return new ChartFigure(
                chart,
                summary,
                List.of(t("progress.calendar.month"), t("progress.calendar.answers"), t("progress.calendar.days")),
                rows);
    }

    /** The forecast: cards due on each of the next days. */
    ChartFigure forecast(Chart chart, List<DayCount> days) {
        int total = days.stream().mapToInt(DayCount::count).sum();
        int today = days.isEmpty() ? 0 : days.get(0).count();
        List<List<String>> rows = days.stream()
                .map(d -> List.of(date.format(d.date()), String.valueOf(d.count())))
                .toList();
        return new ChartFigure(
                chart,
                t("progress.forecast.summary", total, today),
                List.of(t("progress.forecast.day"), t("progress.forecast.cards")),
                rows);
    }

    /** Named counts (cards by state). */
    ChartFigure counts(
            Chart chart, String summaryKey, String nameHeader, String countHeader, Map<String, Integer> counts) {
        String list = counts.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(Labels.chinese(locale) ? "，" : ", "));
        List<List<String>> rows = counts.entrySet().stream()
                .map(e -> List.of(e.getKey(), String.valueOf(e.getValue())))
                .toList();
        return new ChartFigure(chart, t(summaryKey, list), List.of(nameHeader, countHeader), rows);
    }

    /** Named shares (accuracy by question type). */
    ChartFigure shares(
            Chart chart, String summaryKey, String nameHeader, String shareHeader, Map<String, Double> shares) {
        String list = shares.entrySet().stream()
                .map(e -> e.getKey() + " " + Labels.percent(e.getValue()))
                .collect(Collectors.joining(Labels.chinese(locale) ? "，" : ", "));
        List<List<String>> rows = shares.entrySet().stream()
                .map(e -> List.of(e.getKey(), Labels.percent(e.getValue())))
                .toList();
        return new ChartFigure(chart, t(summaryKey, list), List.of(nameHeader, shareHeader), rows);
    }

    /** A question's predicted recall over time, at most {@value #CURVE_ROWS} points of it. */
    ChartFigure recall(Chart chart, List<RecallPoint> points) {
        String now = points.isEmpty()
                ? "–"
                : Labels.percent(points.get(points.size() - 1).recall());
        List<List<String>> rows = new ArrayList<>();
        int step = Math.max(1, (int) Math.ceil(points.size() / (double) CURVE_ROWS));
        for (int i = 0; i < points.size(); i += step) {
            rows.add(row(points.get(i)));
        }
        if (!points.isEmpty() && (points.size() - 1) % step != 0) {
            rows.add(row(points.get(points.size() - 1)));
        }
        return new ChartFigure(
                chart,
                t("progress.question.recall.summary", now),
                List.of(t("progress.question.when"), t("progress.recall.predicted")),
                rows);
    }

    /** A question's stability and difficulty after each answer. */
    ChartFigure memory(Chart chart, List<ReviewEntry> reviews) {
        ReviewEntry last = reviews.get(reviews.size() - 1);
        List<List<String>> rows = reviews.stream()
                .map(r -> List.of(
                        date.format(r.at().atZone(zone)),
                        String.format(locale, "%.1f", r.stability()),
                        String.format(locale, "%.1f", r.difficulty())))
                .toList();
        return new ChartFigure(
                chart,
                t(
                        "progress.question.memory.summary",
                        reviews.size(),
                        String.format(locale, "%.1f", last.stability()),
                        String.format(locale, "%.1f", last.difficulty())),
                List.of(
                        t("progress.question.when"),
                        t("progress.question.stability"),
                        t("progress.question.difficulty")),
                rows);
    }

    private List<String> row(RecallPoint p) {
        return List.of(date.format(p.at().atZone(zone)), Labels.percent(p.recall()));
    }

    private static long active(List<DayCount> days) {
        return days.stream().filter(d -> d.count() > 0).count();
    }

    private String t(String key, Object... args) {
        return view.getTranslation(key, args);
    }
}
