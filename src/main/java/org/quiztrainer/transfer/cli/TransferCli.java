package org.quiztrainer.transfer.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * {@code scripts/bank import|export}: the subcommands that import a file into a bank and export a bank, and return
 * the exit code: {@value #OK} done without a problem, {@value #PROBLEMS} the file has problems (nothing written) or
 * the bank could not be read or written, {@value #USAGE} a command line that cannot be used.
 */
public final class TransferCli {

    /** Exit code: done, nothing wrong. */
    public static final int OK = 0;

    /** Exit code: the file has problems (printed, nothing written), or the bank or a file could not be used. */
    public static final int PROBLEMS = 1;

    /** Exit code: the command line cannot be used. */
    public static final int USAGE = 2;

    static final String IMPORT_USAGE =
            "scripts/bank import FILE --bank NAME [--format F] [--lang zh|en]" + " [--user NAME] [--dry-run]";
    static final String EXPORT_USAGE =
            "scripts/bank export --format F [--lang zh|en] --bank NAME --out FILE [--user NAME]";
    static final String FORMATS = "F is gift, moodle-xml, anki-text, apkg, quizlet or csv";

    private TransferCli() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(Arrays.asList(args), out, err, new SpringDatabase()));
    }

    /** Runs {@code import ...} or {@code export ...} and returns the exit code. */
    static int run(List<String> args, PrintStream out, PrintStream err, Database database) {
        String command = args.isEmpty() ? "help" : args.get(0);
        List<String> rest = args.subList(Math.min(1, args.size()), args.size());
        if (rest.contains("--help") || command.equals("help")) {
            out.println("usage: " + IMPORT_USAGE);
            out.println("       " + EXPORT_USAGE);
            out.println("       " + FORMATS);
            return command.equals("help") && args.isEmpty() ? USAGE : OK;
        }
        try {
            return switch (command) {
                case "import" -> new ImportCommand(database).run(rest, out, err);
                case "export" -> new ExportCommand(database).run(rest, out, err);
                default -> throw new CliArgs.UsageException("unknown command '" + command + "'");
            };
        } catch (CliArgs.UsageException e) {
            err.println("bank " + command + ": " + e.getMessage());
            err.println("usage: " + (command.equals("export") ? EXPORT_USAGE : IMPORT_USAGE));
            return USAGE;
        }
    }
}
