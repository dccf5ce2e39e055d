package org.quiztrainer.bank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A fingerprint of what a bank folder holds once read and generated: every topic, unit and question as it
 * would be stored (or, for an invalid folder, its problems). Two folders with equal fingerprints write the
 * same database, so a node that finds the stored fingerprint equal to its own skips the sync. It is taken
 * after generation rather than over the files' bytes so that a new version of the generator, with the
 * same files, still counts as a change.
 */
final class BankFingerprint {

    private BankFingerprint() {}

    static String of(QuestionBank bank) {
        List<String> lines = new ArrayList<>();
        bank.topics().stream()
                .sorted(Comparator.comparing(Topic::id))
                .forEach(t -> lines.add(String.join(
                        "\u0001",
                        "topic",
                        t.id(),
                        String.valueOf(t.parentId()),
                        Integer.toString(t.order()),
                        t.name().zh(),
                        t.name().en())));
        bank.units().stream()
                .sorted(Comparator.comparing(Unit::id))
                .forEach(u -> lines.add("unit\u0001" + QuestionCodec.encode(u)));
        bank.questions().stream()
                .sorted(Comparator.comparing(Question::id))
                .forEach(q ->
                        lines.add("question\u0001" + q.id() + "\u0001" + QuestionCodec.hash(QuestionCodec.encode(q))));
        return QuestionCodec.hash(String.join("\n", lines));
    }

    static String ofProblems(List<BankProblem> problems) {
        return QuestionCodec.hash("invalid\n"
                + String.join("\n", problems.stream().map(BankProblem::toString).toList()));
    }
}
