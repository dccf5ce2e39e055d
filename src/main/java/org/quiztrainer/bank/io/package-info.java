/**
 * Import and export formats of the question bank: one class per format behind {@link
 * org.quiztrainer.bank.io.BankFormat}, all sharing one model of what a file holds ({@link
 * org.quiztrainer.bank.io.ImportDocument}: questions, skips with reasons, problems with their place, notes on
 * what is imported differently, media, review history) and one report of what an export could not carry
 * ({@link org.quiztrainer.bank.io.ExportReport}). {@link org.quiztrainer.bank.io.FormatRegistry} finds a
 * file's format; {@link org.quiztrainer.bank.io.ImportSummary} is the command line's report line. The
 * formats live in sub-packages ({@code gift}, {@code moodle}, {@code quizlet}, {@code csv}; {@code standard}
 * lists them), their shared pieces in {@code support}. Pure: no Spring, no database, so that
 * {@code scripts/bank import --dry-run} needs neither. See docs/import-formats.md.
 */
package org.quiztrainer.bank.io;
