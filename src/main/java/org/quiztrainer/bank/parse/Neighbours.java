package org.quiztrainer.bank.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.quiztrainer.bank.ModelFact;
import org.quiztrainer.bank.Template;

/**
 * Chooses the models that pair and group templates put side by side: neighbours in the order of the
 * template's column, at least the template's gap apart.
 */
final class Neighbours {

    private Neighbours() {}

    /** Pairs each row with the nearest following row whose value is larger (by the gap, if any). */
    static List<List<ModelFact>> pairs(Template t, List<ModelFact> sorted) {
        List<List<ModelFact>> pairs = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                if (apart(t, sorted.get(i), sorted.get(j))) {
                    pairs.add(List.of(sorted.get(i), sorted.get(j)));
                    break;
                }
            }
        }
        return pairs;
    }

    /** Consecutive groups of the template's size with increasing values (by the gap, if any). */
    static List<List<ModelFact>> groups(Template t, List<ModelFact> sorted) {
        List<List<ModelFact>> groups = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            List<ModelFact> g = new ArrayList<>(List.of(sorted.get(i)));
            int j = i + 1;
            for (; j < sorted.size() && g.size() < t.group(); j++) {
                if (apart(t, g.get(g.size() - 1), sorted.get(j))) {
                    g.add(sorted.get(j));
                }
            }
            if (g.size() == t.group()) {
                groups.add(List.copyOf(g));
            }
            i = j;
        }
        return groups;
    }

    /**
     * Whether {@code high} comes strictly after {@code low} and, with a gap, far enough:
     * {@code months(high) - months(low) >= gap} for release, {@code high / low >= gap} for size.
     */
    private static boolean apart(Template t, ModelFact low, ModelFact high) {
        if (order(t).compare(low, high) >= 0) {
            return false;
        }
        if (t.gap() == null) {
            return true;
        }
        double distance = "release".equals(t.column())
                ? (high.release().getYear() - low.release().getYear()) * 12
                        + high.release().getMonthValue()
                        - low.release().getMonthValue()
                : high.paramsB().doubleValue() / low.paramsB().doubleValue();
        return distance >= t.gap().doubleValue();
    }

    /** The order of an ordered column: by release month or by size. */
    private static Comparator<ModelFact> order(Template t) {
        return "release".equals(t.column())
                ? Comparator.comparing(ModelFact::release)
                : Comparator.comparing(ModelFact::paramsB);
    }

    static List<ModelFact> sorted(Template t, List<ModelFact> rows) {
        return rows.stream().sorted(order(t).thenComparing(ModelFact::id)).toList();
    }
}
