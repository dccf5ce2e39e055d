package org.quiztrainer.bank;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A unit accepted in numeric answers.
 *
 * @param base      how many of the plain quantity one answer number counts (1e9 for billions)
 * @param spellings the words meaning "one answer number" ({@code B}, {@code billion}, {@code 十亿})
 * @param scales    scale words and what they multiply by ({@code 亿} is 1e8)
 * @param origin    where it was written
 */
public record Unit(
        String id,
        BigDecimal base,
        LocalizedText name,
        List<String> spellings,
        Map<String, BigDecimal> scales,
        Location origin) {

    public Unit {
        spellings = List.copyOf(spellings);
        scales = Map.copyOf(scales);
        if (!BankIds.isValid(id) || base == null || base.signum() <= 0 || name == null) {
            throw new IllegalArgumentException("a unit needs an id, a positive base and a name");
        }
    }
}
