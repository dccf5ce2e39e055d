/**
 * Pure answer checking for every auto-graded question type: {@link org.quiztrainer.grading.Grader#grade}
 * turns an {@link org.quiztrainer.grading.AnswerKey}, a {@link org.quiztrainer.grading.Response} and a
 * {@link org.quiztrainer.grading.GradeContext} into a {@link org.quiztrainer.grading.Grade}. No framework,
 * no clock, no storage.
 *
 * <h2>Scores</h2>
 * <ul>
 * <li><b>Single choice, true/false, short answer, number:</b> 1 or 0.</li>
 * <li><b>Multiple choice:</b> with {@code c} correct choices ticked, {@code w} wrong choices ticked and
 *     {@code C} correct choices in all, {@code score = max(0, (c - w) / C)}: each wrong tick cancels a
 *     right one, floored at 0 (Moodle-style negative marking).</li>
 * <li><b>Ordering:</b> with {@code n} items and {@code L} the longest subsequence of the answer already
 *     in the correct relative order, {@code score = (L - 1) / (n - 1)}: the right order scores 1, the
 *     reversed order 0, and moving one item anywhere costs {@code 1 / (n - 1)}.</li>
 * <li><b>Matching:</b> with {@code k} of {@code n} left sides matched to their right side,
 *     {@code score = k / n}; an unmatched left side counts as wrong.</li>
 * <li><b>Cloze card (typed):</b> each of its {@code n} blanks is graded as a short answer (score
 *     {@code s_i} of 1 or 0), {@code score = (s_1 + ... + s_n) / n}.</li>
 * </ul>
 * An answer is correct when its score is 1.
 *
 * <h2>Typed answers</h2>
 * Both the answer and every accepted answer are normalised: Unicode NFKC (full-width to half-width),
 * case folding, punctuation of both scripts removed ({@code ，。！？、；：“”‘’（）《》} and ASCII), white
 * space collapsed and trimmed, and then ignored altogether for the comparison, so {@code GPT-3},
 * {@code gpt 3} and {@code ＧＰＴ３} are one answer. The accepted answers of both languages count,
 * whatever the UI language. <b>One typo</b> (Damerau-Levenshtein distance 1) is forgiven when the accepted
 * answer has at least six characters, both sides are Latin letters and digits only, and the digits are
 * the same; never in Chinese or shorter answers. A wrong answer's feedback names the closest accepted
 * answer and a character diff against it.
 *
 * <h2>Numbers</h2>
 * A number ({@code 175}, {@code 1,750}, {@code 1.75e2}, full-width digits, or a Chinese numeral such as
 * {@code 一千七百五十}) optionally followed by a spelling of the key's unit (counted in the unit) or a
 * scale word (an absolute count, divided by the unit's base). A bare number is in the key's unit, so
 * {@code 175}, {@code 175B}, {@code 175 billion}, {@code 1750亿} and {@code 0.175T} are one answer for 175
 * billion parameters. The tolerance is absolute in the key's unit. Unreadable, blank or over-long
 * (more than 500 characters) input is graded wrong with a {@link org.quiztrainer.grading.Problem}, never
 * thrown.
 *
 * <h2>Suggested rating</h2>
 * Wrong or partly right (score below 1): Again, whatever the time; partial credit keeps its score for
 * quizzes. Right: Hard when slower than twice the learner's median time for the question type, Easy when
 * faster than half of it (but not after a forgiven typo), Good otherwise or without a median. The
 * learner can change it.
 */
package org.quiztrainer.grading;
