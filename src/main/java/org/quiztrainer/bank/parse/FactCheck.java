package org.quiztrainer.bank.parse;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.quiztrainer.bank.ModelFact;

/**
 * Checks a would-be wrong answer against the facts table: may a learner who picks it be right? It may
 * when it is the row's own value written another way ({@code 1T tokens} = {@code 1000B tokens},
 * {@code 60 h} = {@code 2.5 d}; hardware with the same or fewer words, {@code 128 A100} for
 * {@code 128 A100 40G}), a value the row's flags call also true ({@code corpus=825GB}), or, for a
 * base model, the model itself or any ancestor of its base ({@code PaLM} for Flan-U-PaLM, whose base
 * U-PaLM is built on PaLM).
 */
public final class FactCheck {

    private static final Pattern TOKENS =
            Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([KMBT])\\s*tokens?", Pattern.CASE_INSENSITIVE);
    private static final Pattern BYTES =
            Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([KMGTP])i?B", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION =
            Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(h|hours?|d|days?)", Pattern.CASE_INSENSITIVE);
    private static final Map<Character, Integer> POWERS = Map.of('K', 3, 'M', 6, 'G', 9, 'B', 9, 'T', 12, 'P', 15);

    private FactCheck() {}

    /** Whether {@code value}, offered for {@code row}'s {@code column}, could be right (or is the row itself). */
    public static boolean couldBeRight(ModelFact row, String column, String value, List<ModelFact> all) {
        String own = row.cell(column);
        if (same(column, own, value) || row.alsoTrue(column).stream().anyMatch(v -> same(column, v, value))) {
            return true;
        }
        if (!column.equals("base_model")) {
            return false;
        }
        Function<String, String> key = names(all);
        String candidate = key.apply(value);
        if (candidate.equals(key.apply(row.id()))) {
            return true;
        }
        Map<String, ModelFact> byId = all.stream().collect(Collectors.toMap(ModelFact::id, m -> m));
        Set<String> seen = new HashSet<>();
        Optional<ModelFact> base = Optional.ofNullable(byId.get(own));
        while (base.isPresent() && seen.add(base.get().id())) {
            String next = base.get().baseModel();
            if (!next.isEmpty() && candidate.equals(key.apply(next))) {
                return true;
            }
            base = Optional.ofNullable(byId.get(next));
        }
        return false;
    }

    /** Whether two cells of a column state the same fact. */
    public static boolean same(String column, String a, String b) {
        if (Distractors.normalise(a).equals(Distractors.normalise(b))) {
            return true;
        }
        return switch (column) {
            case "params_b" ->
                number(a).flatMap(x -> number(b).map(y -> x.compareTo(y) == 0)).orElse(false);
            case "corpus" ->
                quantity(TOKENS, a).equals(quantity(TOKENS, b))
                                && quantity(TOKENS, a).isPresent()
                        || quantity(BYTES, a).equals(quantity(BYTES, b))
                                && quantity(BYTES, a).isPresent();
            case "training_time" -> hours(a).isPresent() && hours(a).equals(hours(b));
            case "hardware" -> {
                Set<String> x = words(a);
                Set<String> y = words(b);
                yield x.containsAll(y) || y.containsAll(x);
            }
            default -> false;
        };
    }

    /** Model ids and names, both mapped to the model's id, so that a base model may be written either way. */
    private static Function<String, String> names(List<ModelFact> all) {
        return value -> {
            String v = Distractors.normalise(value);
            return all.stream()
                    .filter(m -> Distractors.normalise(m.id()).equals(v)
                            || Distractors.normalise(m.name()).equals(v))
                    .map(ModelFact::id)
                    .findFirst()
                    .orElse(v);
        };
    }

    private static Optional<BigDecimal> number(String s) {
        try {
            return Optional.of(new BigDecimal(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A count with a scale letter ({@code 1.4T tokens}, {@code 825GB}) as a plain number, if the cell is one. */
    private static Optional<BigDecimal> quantity(Pattern pattern, String s) {
        Matcher m = pattern.matcher(s.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int power = POWERS.get(Character.toUpperCase(m.group(2).charAt(0)));
        return Optional.of(new BigDecimal(m.group(1)).scaleByPowerOfTen(power).stripTrailingZeros());
    }

    /** A duration in hours: {@code h} counts 1, {@code d} counts 24. */
    private static Optional<BigDecimal> hours(String s) {
        Matcher m = DURATION.matcher(s.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal n = new BigDecimal(m.group(1));
        boolean days = Character.toLowerCase(m.group(2).charAt(0)) == 'd';
        return Optional.of((days ? n.multiply(BigDecimal.valueOf(24)) : n).stripTrailingZeros());
    }

    private static Set<String> words(String s) {
        return Arrays.stream(s.toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(w -> !w.isEmpty())
                .collect(Collectors.toSet());
    }
}
