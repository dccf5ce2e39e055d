package org.quiztrainer.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.quiztrainer.grading.AnswerKey;

/**
 * The checks of a cloze note's text: each language of the bank has deletions, the languages have the same
 * deletion numbers (and, when typed, as many answers per number), no deletion is empty. A note of deletions
 * c1..cN is N questions, one per number.
 */
final class ClozeChecks {

    private ClozeChecks() {}

    static List<QuestionContent> cards(DraftTexts t, LocalizedText text, boolean typed) {
        int before = t.problems.size();
        SortedSet<Integer> zh = side(t, "text.zh", text.zh());
        SortedSet<Integer> en = side(t, "text.en", text.en());
        if (t.problems.size() > before) {
            return List.of();
        }
        if (text.hasZh() && text.hasEn()) {
            if (!zh.equals(en)) {
                t.problems.add(t.problem("text.en", "cloze-languages", zh, en));
                return List.of();
            }
            if (typed) {
                for (int n : zh) {
                    if (ClozeText.answers(text.zh(), n).size()
                            != ClozeText.answers(text.en(), n).size()) {
                        t.problems.add(t.problem("text.en", "cloze-count", "c" + n));
                        return List.of();
                    }
                }
            }
        }
        if (typed) {
            for (String field : List.of("text.zh", "text.en")) {
                String side = field.equals("text.zh") ? text.zh() : text.en();
                for (ClozeText.Deletion d : ClozeText.deletions(side)) {
                    try {
                        new AnswerKey.ShortAnswerKey(
                                List.of(RichText.plain(d.answer(), t.html).strip()), List.of());
                    } catch (IllegalArgumentException e) {
                        t.problems.add(t.problem(field, "cloze-empty", "c" + d.number()));
                        return List.of();
                    }
                }
            }
        }
        SortedSet<Integer> numbers = text.hasZh() ? zh : en;
        List<QuestionContent> out = new ArrayList<>();
        numbers.forEach(n -> out.add(new QuestionContent.Cloze(n, typed)));
        return out;
    }

    private static SortedSet<Integer> side(DraftTexts t, String field, String text) {
        SortedSet<Integer> numbers = ClozeText.numbers(text);
        if (text.isBlank()) {
            return numbers;
        }
        if (numbers.isEmpty()) {
            t.problems.add(t.problem(field, "cloze-none"));
            return numbers;
        }
        for (int n : numbers) {
            if (n < 1 || n > ClozeText.MAX_NUMBER) {
                t.problems.add(t.problem(field, "cloze-number", n, ClozeText.MAX_NUMBER));
                return numbers;
            }
        }
        for (ClozeText.Deletion d : ClozeText.deletions(text)) {
            if (RichText.plain(d.answer(), t.html).isBlank()) {
                t.problems.add(t.problem(field, "cloze-empty", "c" + d.number()));
                return numbers;
            }
        }
        return numbers;
    }
}
