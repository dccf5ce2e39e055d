package org.quiztrainer.bank.lint;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionBank;
import org.quiztrainer.bank.Unit;
import org.quiztrainer.bank.parse.FactGenerator.Generated;

/** What the rules read: the bank, and for each generated question its template and rows. */
final class LintInput {

    private final QuestionBank bank;
    private final List<Generated> generated;
    private final Map<String, Generated> byId;

    /**
     * @param bank      the valid bank
     * @param generated the generated questions with their sources, in bank order
     */
    LintInput(QuestionBank bank, List<Generated> generated) {
        this.bank = bank;
        this.generated = List.copyOf(generated);
        this.byId = this.generated.stream()
                .collect(Collectors.toMap(g -> g.question().id(), Function.identity(), (a, b) -> a));
    }

    QuestionBank bank() {
        return bank;
    }

    List<Generated> generated() {
        return generated;
    }

    /** The questions written by hand. */
    List<Question> handWritten() {
        return bank.handWritten();
    }

    /** The generated question with this id, with its sources. */
    Optional<Generated> source(String questionId) {
        return Optional.ofNullable(byId.get(questionId));
    }

    /** A unit by id. */
    Optional<Unit> unit(String id) {
        return bank.units().stream().filter(u -> u.id().equals(id)).findFirst();
    }
}
