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
import java.util.Set;

/**
 * Runs axe-core (Deque's Selenium binding, which injects axe into the page: no npm) with the WCAG 2.1 A
 * and AA rules on what the browser shows. Critical and serious violations are collected and fail the
 * journey when it ends ({@link #assertNoBlockingViolations()}), each naming the page, the rule and the
 * element; moderate and minor ones are printed to the build log.
 */
public final class Accessibility {

    /** The axe rule tags of WCAG 2.0 and 2.1, levels A and AA. */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final Set<String> BLOCKING = Set.of("critical", "serious");

    private final Browser browser;
    private final List<String> blocking = new ArrayList<>();
    private int runs;

    public Accessibility(Browser browser) {
        this.browser = browser;
    }

    /** Checks the page as it is now; {@code page} names it in the report (with language, theme and width). */
    public void check(String page) {
        browser.settle();
        String where = page + " " + browser.describe();
        Results results = builder().analyze(browser.driver);
        runs++;
        if (results.isErrored()) {
            blocking.add(where + ": axe failed: " + results.getErrorMessage());
            return;
        }
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

    /** The number of pages checked so far. */
    public int runs() {
        return runs;
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
