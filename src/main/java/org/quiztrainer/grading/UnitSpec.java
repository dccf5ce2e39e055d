package org.quiztrainer.grading;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The unit a numeric answer is counted in, as {@code units.txt} defines it. A number followed by a
 * spelling is counted in the unit ({@code 175 B}); a number followed by a scale word is an absolute
 * count ({@code 1750亿} = 1750 x 10^8 parameters), converted to the unit by dividing by {@code base}.
 *
 * @param base how many of the counted thing one unit is (1e9 for "parameters in billions"), positive
 * @param spellings the accepted spellings of the unit itself ({@code B}, {@code billion}, {@code 十亿})
 * @param scales scale words with the absolute multiplier each stands for ({@code 亿=1e8}, {@code T=1e12})
 */
public record UnitSpec(BigDecimal base, List<String> spellings, Map<String, BigDecimal> scales) {

    public UnitSpec {
        Checks.notNull(base, "base");
        Checks.require(base.signum() > 0, "a unit's base must be positive, was " + base);
        spellings = List.copyOf(Checks.noNulls(spellings, "spellings"));
        scales = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.noNullEntries(scales, "scales")));
        for (String spelling : spellings) {
            Checks.require(!spelling.isBlank(), "a unit spelling is blank");
            Checks.require(!scales.containsKey(spelling), "'" + spelling + "' is both a spelling and a scale word");
        }
        scales.forEach((word, multiplier) -> {
            Checks.require(!word.isBlank(), "a scale word is blank");
            Checks.require(multiplier.signum() > 0, "scale word '" + word + "' needs a positive multiplier");
        });
    }
}
