package org.quiztrainer.bank;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.quiztrainer.bank.parse.BankReader;

/**
 * Checks a bank folder from the command line and prints every problem, or the number of questions
 * per type and topic. Run after {@code mvn test-compile}:
 * {@code java -cp target/classes:target/test-classes org.quiztrainer.bank.BankCheck questions}
 */
public final class BankCheck {

    private BankCheck() {}

    public static void main(String[] args) {
        BankLoadResult result = BankReader.read(Path.of(args.length > 0 ? args[0] : "questions"));
        result.problems().forEach(System.out::println);
        result.bank().ifPresent(bank -> {
            Map<String, Integer> counts = new TreeMap<>();
            bank.questions().forEach(q -> {
                counts.merge("type " + q.type().code(), 1, Integer::sum);
                counts.merge("topic " + q.topicId(), 1, Integer::sum);
            });
            counts.forEach((k, v) -> System.out.printf("%-28s %5d%n", k, v));
            System.out.printf("%-28s %5d%n", "hand-written", bank.handWritten().size());
            System.out.printf("%-28s %5d%n", "models", bank.models().size());
            System.out.printf("%-28s %5d%n", "questions", bank.questions().size());
        });
        System.exit(result.isValid() ? 0 : 1);
    }
}
