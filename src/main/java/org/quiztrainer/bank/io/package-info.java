/**
 * Import and export formats of the question bank: one class per format behind {@link
 * org.quiztrainer.bank.io.BankFormat}, all sharing one model of what a file holds ({@link
 * org.quiztrainer.bank.io.ImportDocument}: questions, skips with reasons, problems with their place, media,
 * review history). Pure: no Spring, no database, so that {@code scripts/bank import --dry-run} needs neither.
 */
package org.quiztrainer.bank.io;
