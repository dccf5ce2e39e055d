package org.quiztrainer.bank.parse;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.quiztrainer.bank.ModelFact;

/**
 * Chooses plausible wrong answers for a fact question, deterministically: other values of the same
 * column, nearest first. For {@code release} nearness is the distance in months, for
 * {@code params_b} the ratio of sizes ({@code |ln a - ln b|}); for text columns values whose cell
 * carries the same caveats come first (a fine-tuning time among fine-tuning times, {@code
 * training_time:from-base}), then values of a model of the same family, then of the same release
 * year, then of rows near in the table.
 * A distractor is never a value that could be right ({@link FactCheck#couldBeRight}): not the answer
 * written another way, not a value the row's flags call also true, not the model itself or an ancestor
 * of its base.
 */
final class Distractors {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Distractors() {}

    static List<String> pick(ModelFact row, String column, List<ModelFact> all, int count) {
        String answer = normalise(row.cell(column));
        Map<String, ModelFact> byValue = new LinkedHashMap<>();
        for (ModelFact other : all) {
            String value = other.cell(column);
            if (!value.isEmpty() && !normalise(value).equals(answer)) {
                byValue.putIfAbsent(normalise(value), other);
            }
        }
        Comparator<ModelFact> nearest = switch (column) {
            case "release" -> Comparator.comparingLong(o -> Math.abs(months(o) - months(row)));
            case "params_b" -> Comparator.comparingDouble(o -> Math.abs(ln(o.paramsB()) - ln(row.paramsB())));
            default ->
                Comparator.<ModelFact>comparingInt(o -> o.caveats(column).equals(row.caveats(column)) ? 0 : 1)
                        .thenComparingInt(o -> kinship(row, o))
                        .thenComparingInt(o -> Math.abs(o.line() - row.line()));
        };
        return byValue.values().stream()
                .sorted(nearest.thenComparing(o -> o.cell(column)))
                .filter(o -> !FactCheck.couldBeRight(row, column, o.cell(column), all))
                .limit(count)
                .map(o -> o.cell(column))
                .toList();
    }

    /** 0 for a model of the same family, 1 for one of the same year, 2 otherwise. */
    private static int kinship(ModelFact row, ModelFact other) {
        if (other.family().equals(row.family())) {
            return 0;
        }
        return other.release().getYear() == row.release().getYear() ? 1 : 2;
    }

    private static long months(ModelFact m) {
        return m.release().getYear() * 12L + m.release().getMonthValue();
    }

    private static double ln(BigDecimal value) {
        return Math.log(value.doubleValue());
    }

    static String normalise(String value) {
        return SPACES.matcher(value.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
