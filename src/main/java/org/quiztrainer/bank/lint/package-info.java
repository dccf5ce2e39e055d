/**
 * Lint of a valid bank: checks that a parser cannot make, for content that is well formed but would
 * teach something wrong or unfair (an undisclosed figure taught as a fact, a distractor that is also
 * true, the answer given away in the prompt, an accept list that misses the obvious, ASCII punctuation
 * in Chinese). Each rule has an id and reports {@link org.quiztrainer.bank.lint.Finding}s with the file
 * and line; an error must be fixed, a warning names a question where a rule has legitimate exceptions.
 * Pure: no Spring, no database, so that {@code scripts/bank check} runs it on a folder.
 */
package org.quiztrainer.bank.lint;
