package org.quiztrainer.grading;

import java.util.ArrayList;
import java.util.List;

/**
 * Typed short answers. Both sides are normalised by {@link TextNormaliser}; the answer is right when
 * its match key equals the match key of any accepted answer of either language.
 *
 * <p><b>One typo.</b> An answer one edit away from an accepted answer (Damerau-Levenshtein distance 1:
 * one letter inserted, deleted, replaced, or two neighbours swapped) also counts as right when the
 * accepted answer's match key is at least {@value #TYPO_MIN_LENGTH} characters long, both sides are
 * Latin letters and digits only, and both have the same digits in the same order (so {@code LLaMA-2}
 * never passes for {@code LLaMA-3}). Chinese answers and shorter ones must be exact: one character of
 * Chinese is a different word. A forgiven typo is flagged and its diff shown.
 */
final class TextGrading {

    /** The shortest accepted answer (match key, in characters) that forgives one typo. */
    static final int TYPO_MIN_LENGTH = 6;

    private TextGrading() {}

    private record Candidate(String authored, AnswerLanguage language, String key, int distance) {}

    static Marked grade(AnswerKey.ShortAnswerKey key, String typed) {
        String typedKey = TextNormaliser.matchKey(typed);
        if (typedKey.isEmpty()) {
            return Marked.invalid(Problem.BLANK, "nothing was typed");
        }
        List<Candidate> candidates = new ArrayList<>();
        for (String accepted : key.acceptedZh()) {
            candidates.add(candidate(accepted, AnswerLanguage.ZH, typedKey));
        }
        for (String accepted : key.acceptedEn()) {
            candidates.add(candidate(accepted, AnswerLanguage.EN, typedKey));
        }
        for (Candidate candidate : candidates) {
            if (candidate.distance() == 0) {
                return Marked.of(1, feedback(candidate, typed, false));
            }
        }
        for (Candidate candidate : candidates) {
            if (forgivesTypo(candidate, typedKey)) {
                return new Marked(1, feedback(candidate, typed, true), true);
            }
        }
        return Marked.of(0, feedback(closest(candidates, typedKey), typed, false));
    }

    private static Candidate candidate(String accepted, AnswerLanguage language, String typedKey) {
        String acceptedKey = TextNormaliser.matchKey(accepted);
        return new Candidate(accepted, language, acceptedKey, EditDistance.damerauLevenshtein(typedKey, acceptedKey));
    }

    private static boolean forgivesTypo(Candidate candidate, String typedKey) {
        return candidate.distance() == 1
                && candidate.key().codePointCount(0, candidate.key().length()) >= TYPO_MIN_LENGTH
                && TextNormaliser.isLatin(candidate.key())
                && TextNormaliser.isLatin(typedKey)
                && digits(candidate.key()).equals(digits(typedKey));
    }

    /** The fewest edits away; on a tie, one in the script the learner typed in, then the first authored. */
    private static Candidate closest(List<Candidate> candidates, String typedKey) {
        AnswerLanguage typedIn =
                typedKey.codePoints().anyMatch(TextNormaliser::isCjk) ? AnswerLanguage.ZH : AnswerLanguage.EN;
        Candidate best = null;
        for (Candidate candidate : candidates) {
            if (best == null
                    || candidate.distance() < best.distance()
                    || (candidate.distance() == best.distance()
                            && best.language() != typedIn
                            && candidate.language() == typedIn)) {
                best = candidate;
            }
        }
        return best;
    }

    private static Feedback.Text feedback(Candidate candidate, String typed, boolean typoForgiven) {
        List<DiffSegment> diff =
                EditDistance.diff(TextNormaliser.display(typed), TextNormaliser.display(candidate.authored()));
        return new Feedback.Text(candidate.authored(), candidate.language(), diff, typoForgiven);
    }

    private static String digits(String key) {
        return key.replaceAll("[^0-9]", "");
    }
}
