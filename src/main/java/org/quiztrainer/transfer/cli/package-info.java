/**
 * {@code scripts/bank import} and {@code scripts/bank export --bank}: importing a file into a bank and exporting a
 * bank from the command line, against the app's database settings, through the same services (and access checks)
 * as the app; {@code import --dry-run} needs no database.
 */
package org.quiztrainer.transfer.cli;
