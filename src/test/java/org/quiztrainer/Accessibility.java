package org.quiztrainer;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs axe-core (Deque's Selenium binding, which injects axe into the page: no npm) with the WCAG 2.1 A
 * and AA rules on what the browser shows. Critical and serious violations are collected and fail the
 * journey when it ends ({@link #assertNoBlockingViolations()}), each naming the page, the rule and the
 * element; moderate and minor ones are printed to the build log. Charts are images to axe, so their colours
 * (every series and both ends of the heatmap scale) are checked here against the background they are drawn on:
 * at least 3:1 (WCAG 1.4.11, non-text contrast).
 */
public final class Accessibility {

    /** The axe rule tags of WCAG 2.0 and 2.1, levels A and AA. */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final Set<String> BLOCKING = Set.of("critical", "serious");

    /** WCAG 1.4.11: graphical objects need 3:1 against adjacent colours. */
    static final double NON_TEXT_CONTRAST = 3.0;

    /**
     * For each chart on the page: its class and the colours of charts.js's palette whose contrast against the
     * colour the chart is drawn on is below {@code arguments[0]}; the ratio is WCAG 2.1's (L1 + 0.05) / (L2 +
     * 0.05) of the relative luminances.
     */
    private static final String CHART_COLOURS = """
            const min = arguments[0];
            const rgb = c => { const m = c.match(/[\\d.]+/g).map(Number); return m.length > 3 ? m : m.concat([1]); };
            const lum = ([r, g, b]) => [r, g, b].map(v => v / 255)
                .map(v => v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4))
                .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
            const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
            const backdrop = el => {
              for (let e = el; e; e = e.parentElement) {
                const c = rgb(getComputedStyle(e).backgroundColor);
                if (c[3] > 0.5) { return c; }
              }
              return rgb(window.qtCharts.palette(el).base);
            };
            if (!window.qtCharts || !window.qtCharts.palette) { return []; }
            return Array.from(document.querySelectorAll('.progress-chart')).map(el => {
              const p = window.qtCharts.palette(el);
              const bg = backdrop(el);
              const colours = p.series.map((c, i) => ['series ' + (i + 1), c]).concat([['heat low', p.heat[0]], ['heat high', p.heat[1]]]);
              return {chart: el.className,
                      low: colours.filter(([n, c]) => ratio(rgb(c), bg) < min).map(([n, c]) => n + ' ' + c + ' '
                          + ratio(rgb(c), bg).toFixed(2) + ':1 on rgb(' + bg.slice(0, 3).join(', ') + ')')};
            });
            """;

    private final Browser browser;
    private final List<String> blocking = new ArrayList<>();
    private int runs;
    private long nanos;

    public Accessibility(Browser browser) {
        this.browser = browser;
    }

    /** Checks the page as it is now; {@code page} names it in the report (with language, theme and width). */
    public void check(String page) {
        long start = System.nanoTime();
        browser.settle();
        String where = page + " " + browser.describe();
        Results results = builder().analyze(browser.driver);
        runs++;
        nanos += System.nanoTime() - start;
        if (results.isErrored()) {
            blocking.add(where + ": axe failed: " + results.getErrorMessage());
            return;
        }
        checkChartColours(where);
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                String impact = node.getImpact() != null ? node.getImpact() : rule.getImpact();
                String line = where + ": [" + impact + "] " + rule.getId() + " (" + rule.getHelp() + ") at "
                        + node.getTarget() + "\n      " + oneLine(node.getHtml()) + "\n      "
                        + oneLine(node.getFailureSummary());
                if (BLOCKING.contains(String.valueOf(impact).toLowerCase(Locale.ROOT))) {
                    blocking.add(line);
                } else {
                    System.out.println("axe " + line);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void checkChartColours(String where) {
        List<Map<String, Object>> charts = (List<Map<String, Object>>) browser.js(CHART_COLOURS, NON_TEXT_CONTRAST);
        for (Map<String, Object> chart : charts) {
            for (Object low : (List<Object>) chart.get("low")) {
                blocking.add(where + ": [serious] chart colour below 3:1 (WCAG 1.4.11) in " + chart.get("chart") + ": "
                        + low);
            }
        }
    }

    /** The number of pages checked so far. */
    public int runs() {
        return runs;
    }

    /** The seconds spent in the checks so far. */
    public double seconds() {
        return nanos / 1e9;
    }

    /** Fails with every critical or serious violation found so far, if any. */
    public void assertNoBlockingViolations() {
        if (!blocking.isEmpty()) {
            throw new AssertionError(blocking.size() + " critical or serious accessibility violation(s):\n  "
                    + String.join("\n  ", blocking));
        }
    }

    private static AxeBuilder builder() {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(WCAG_21_AA);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        options.setResultTypes(List.of("violations"));
        return new AxeBuilder().withOptions(options);
    }

    private static String oneLine(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").trim();
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
