package org.quiztrainer.bank.parse;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quiztrainer.bank.BankIds;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.Unit;

/** Turns a {@code @unit} block into a unit with its spellings and scale words. */
final class UnitParser {

    private UnitParser() {}

    static Optional<Unit> parse(Block block, Problems problems) {
        int before = problems.size();
        Fields f = new Fields(block, problems);
        if (!BankIds.isValid(block.id())) {
            problems.add(block.at(), QuestionParser.badId(block.id()));
        }
        if (f.word("base").isEmpty()) {
            problems.add(block.at(), "missing field 'base' in " + block.id());
        }
        Optional<BigDecimal> base = f.number("base");
        base.filter(b -> b.signum() <= 0)
                .ifPresent(b ->
                        problems.add(f.at(f.field("base").orElseThrow()), "bad number: the base must be positive"));
        Optional<LocalizedText> name = f.bilingual("name");
        List<String> spellings = f.text("spell").map(Values::list).orElse(List.of());
        if (spellings.isEmpty()) {
            problems.add(block.at(), "missing field 'spell' in " + block.id());
        }
        Map<String, BigDecimal> scales = new LinkedHashMap<>();
        f.field("scale").ifPresent(field -> {
            for (String entry : Values.list(field.value())) {
                int eq = entry.lastIndexOf('=');
                try {
                    scales.put(
                            entry.substring(0, eq).strip(),
                            new BigDecimal(entry.substring(eq + 1).strip()));
                } catch (RuntimeException e) {
                    problems.add(f.at(field), "bad scale '" + entry + "': expected <word>=<number>");
                }
            }
        });
        f.reportUnknown("a unit");
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Unit(block.id(), base.get(), name.get(), spellings, scales, block.at()));
    }
}
