package org.quiztrainer.bank.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quiztrainer.bank.BankLoadResult;
import org.quiztrainer.bank.BankProblem;
import org.quiztrainer.bank.QuestionBank;
import org.quiztrainer.bank.lint.BankLint;
import org.quiztrainer.bank.lint.Finding;
import org.quiztrainer.bank.parse.BankReader;

/**
 * {@code check [--strict] [--counts] [DIR]}: validates a bank folder as the app's load does and, when it
 * is valid, lints it. Prints every problem and finding as {@code DIR/file:line: error|warning [rule]
 * question: reason}, then a summary line ({@code --counts}: the questions per type and per topic
 * first). Exit 1 on any error (with {@code --strict}, on a warning too).
 */
final class CheckCommand implements Command {

    private final String defaultBank;

    CheckCommand(String defaultBank) {
        this.defaultBank = defaultBank;
    }

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String summary() {
        return "validate and lint a bank folder (default " + defaultBank + "/)";
    }

    @Override
    public String usage() {
        return "check [--strict] [--counts] [DIR]\n"
                + "  DIR       the bank folder (default " + defaultBank + ")\n"
                + "  --strict  fail on warnings too\n"
                + "  --counts  print the number of questions per type and per topic\n"
                + "lint rules: " + String.join(", ", BankLint.ruleIds());
    }

    @Override
    public Map<String, Boolean> options() {
        return Map.of("strict", false, "counts", false);
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) throws UsageException {
        Path dir = Path.of(options.atMostOne("folder", defaultBank));
        if (!Files.isDirectory(dir)) {
            throw new UsageException("no bank folder " + dir);
        }
        BankLoadResult result = BankReader.read(dir);
        for (BankProblem p : result.problems()) {
            out.println(dir.resolve(p.file()) + ":" + p.line() + ": error: " + p.reason());
        }
        if (!result.isValid()) {
            out.println(dir + ": " + result.problems().size() + " error(s); the bank does not load (fix them, then"
                    + " the lint runs)");
            return BankCli.PROBLEMS;
        }
        QuestionBank bank = result.bank().orElseThrow();
        List<Finding> findings = BankLint.check(bank);
        for (Finding f : findings) {
            out.println(dir.resolve(f.at().file()) + ":" + f.at().line() + ": "
                    + f.severity().label() + " [" + f.rule() + "] "
                    + (f.questionId().isEmpty() ? "" : f.questionId() + ": ") + f.reason());
        }
        long errors = findings.stream().filter(Finding::isError).count();
        long warnings = findings.size() - errors;
        if (options.has("counts")) {
            Map<String, Integer> counts = new TreeMap<>();
            bank.questions().forEach(q -> {
                counts.merge("type " + q.type().code(), 1, Integer::sum);
                counts.merge("topic " + q.topicId(), 1, Integer::sum);
            });
            counts.forEach((k, v) -> out.printf("%-28s %5d%n", k, v));
        }
        int handWritten = bank.handWritten().size();
        out.println(dir + ": " + bank.questions().size() + " questions (" + handWritten + " hand-written, "
                + (bank.questions().size() - handWritten) + " generated from "
                + bank.models().size() + " models), "
                + errors + " error(s), " + warnings + " warning(s)");
        boolean failed = errors > 0 || (options.has("strict") && warnings > 0);
        return failed ? BankCli.PROBLEMS : BankCli.OK;
    }
}
