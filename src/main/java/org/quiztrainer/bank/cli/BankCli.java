package org.quiztrainer.bank.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code scripts/bank COMMAND [OPTIONS] [ARGS]}: dispatches to a subcommand and returns its exit code:
 * {@value #OK} when all is well, {@value #PROBLEMS} when the bank has errors, {@value #USAGE} for
 * arguments that cannot be used. {@code scripts/bank help} (or no command) lists the commands,
 * {@code scripts/bank COMMAND --help} shows one.
 */
public final class BankCli {

    /** Exit code: done, nothing wrong. */
    public static final int OK = 0;

    /** Exit code: the bank has errors (printed), or a file could not be written. */
    public static final int PROBLEMS = 1;

    /** Exit code: the command line cannot be used. */
    public static final int USAGE = 2;

    private static final String DEFAULT_BANK = "questions";

    private final List<Command> commands;

    BankCli(List<Command> commands) {
        this.commands = List.copyOf(commands);
    }

    /** The commands of {@code scripts/bank}. */
    static BankCli standard() {
        return new BankCli(List.of(new CheckCommand(DEFAULT_BANK), new ExportCommand(DEFAULT_BANK)));
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(standard().run(Arrays.asList(args), out, err));
    }

    /** Runs the command line {@code args} and returns the exit code. */
    int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help")) {
            if (args.size() > 1) {
                return find(args.get(1)).map(c -> help(c, out)).orElseGet(() -> unknown(args.get(1), err));
            }
            list(args.isEmpty() ? err : out);
            return args.isEmpty() ? USAGE : OK;
        }
        Optional<Command> command = find(args.get(0));
        if (command.isEmpty()) {
            return unknown(args.get(0), err);
        }
        Command c = command.get();
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help")) {
            return help(c, out);
        }
        try {
            return c.run(Options.parse(rest, c.options()), out, err);
        } catch (UsageException e) {
            err.println("bank " + c.name() + ": " + e.getMessage());
            err.println("usage: scripts/bank " + c.usage());
            return USAGE;
        }
    }

    private Optional<Command> find(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private int unknown(String name, PrintStream err) {
        err.println("bank: unknown command '" + name + "'");
        list(err);
        return USAGE;
    }

    private static int help(Command c, PrintStream out) {
        out.println("usage: scripts/bank " + c.usage());
        return OK;
    }

    private void list(PrintStream to) {
        to.println("usage: scripts/bank COMMAND [OPTIONS] [ARGS]   (scripts/bank COMMAND --help for one)");
        to.println("commands:");
        for (Command c : commands) {
            to.printf("  %-8s %s%n", c.name(), c.summary());
        }
        to.printf("  %-8s %s%n", "help", "list the commands, or show one (help COMMAND)");
        to.println("on the app's database (see README, Import and export):");
        to.println("  import FILE --bank NAME [--format F] [--lang zh|en] [--user NAME] [--dry-run]");
        to.println("  export --format F [--lang zh|en] --bank NAME --out FILE [--user NAME]");
        to.println("  F: gift, moodle-xml, anki-text, apkg, quizlet, csv");
    }
}
