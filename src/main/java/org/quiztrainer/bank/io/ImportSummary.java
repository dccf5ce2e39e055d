package org.quiztrainer.bank.io;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.quiztrainer.bank.QuestionType;

/**
 * The one-line report of a read file, as {@code scripts/bank import} prints it last:
 * {@code import: N questions (TYPE N, ...), M skipped, P problems}, types by their codes in the order of
 * {@link QuestionType}, only those present.
 */
public final class ImportSummary {

    private ImportSummary() {}

    /** How many questions of each type, in type order, only types present. */
    public static Map<QuestionType, Integer> counts(ImportDocument doc) {
        Map<QuestionType, Integer> counts = new EnumMap<>(QuestionType.class);
        doc.items().forEach(i -> counts.merge(i.content().type(), 1, Integer::sum));
        return counts;
    }

    /** The report line, e.g. {@code import: 3 questions (flashcard 1, single_choice 2), 1 skipped, 0 problems}. */
    public static String line(ImportDocument doc) {
        String types = counts(doc).entrySet().stream()
                .map(e -> e.getKey().code() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return "import: " + doc.items().size() + " questions" + (types.isEmpty() ? "" : " (" + types + ")") + ", "
                + doc.skipped().size() + " skipped, " + doc.problems().size() + " problems";
    }
}
