package org.quiztrainer.bank.cli;

import java.io.PrintStream;
import java.util.Map;

/** One subcommand of {@code scripts/bank}. */
interface Command {

    /** The word that names it: {@code check}. */
    String name();

    /** One line for the list of commands. */
    String summary();

    /** Its usage, e.g. {@code check [DIR]}, and a line per option. */
    String usage();

    /** Its options and whether each takes a value ({@code --out FILE}: true; a switch: false). */
    Map<String, Boolean> options();

    /**
     * Runs it.
     *
     * @return the exit code: {@link BankCli#OK}, {@link BankCli#PROBLEMS} or {@link BankCli#USAGE}
     * @throws UsageException for arguments it cannot use (printed with its usage, exit {@link BankCli#USAGE})
     */
    int run(Options options, PrintStream out, PrintStream err) throws UsageException;
}
