/**
 * The bank on the command line ({@code scripts/bank}): a plain main class run on the compiled classes,
 * with no Spring and no database, so that authors who keep a bank in git can check and export it
 * without a server. {@link org.quiztrainer.bank.cli.BankCli} dispatches to one
 * {@link org.quiztrainer.bank.cli.Command} per subcommand ({@code check}, {@code export}); a new
 * subcommand is one more class in its list.
 */
package org.quiztrainer.bank.cli;
