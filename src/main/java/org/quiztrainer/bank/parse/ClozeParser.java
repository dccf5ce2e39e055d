package org.quiztrainer.bank.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import org.quiztrainer.bank.BankIds;
import org.quiztrainer.bank.ClozeText;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.QuestionContent;

/**
 * A cloze note in a bank file: {@code text.zh} and {@code text.en} hold the same deletions ({@code {{c1::answer}}}
 * or {@code {{c1::answer::hint}}}), and the optional {@code typed: yes} makes the learner type each hidden answer
 * (default: revealed and self-graded). The note {@code <id>} becomes one card per deletion number, with the ids
 * {@code <id>.c1}, {@code <id>.c2}, … (so a card keeps its memory when other deletions are added or removed).
 */
final class ClozeParser {

    private ClozeParser() {}

    /** A card of the note: its id and content. */
    record Card(String id, QuestionContent.Cloze content) {}

    /** The cards of a note, or empty with every problem reported. */
    static Optional<List<Card>> cards(String noteId, Fields f, Optional<LocalizedText> text, Problems problems) {
        int before = problems.size();
        boolean typed = typed(f, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        SortedSet<Integer> zh = side(f, "text.zh", text.get().zh(), problems);
        SortedSet<Integer> en = side(f, "text.en", text.get().en(), problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        if (!zh.equals(en)) {
            problems.add(f.at(), "the cloze deletions differ between text.zh " + zh + " and text.en " + en);
            return Optional.empty();
        }
        List<Card> out = new ArrayList<>();
        for (int n : zh) {
            if (typed
                    && ClozeText.answers(text.get().zh(), n).size()
                            != ClozeText.answers(text.get().en(), n).size()) {
                problems.add(f.at(), "a typed cloze needs as many c" + n + " blanks in text.zh as in text.en");
            }
            String id = noteId + ".c" + n;
            if (!BankIds.isValid(id)) {
                problems.add(f.at(), "the card id '" + id + "' is too long: shorten the id of the cloze note");
            }
            out.add(new Card(id, new QuestionContent.Cloze(n, typed)));
        }
        return problems.size() > before ? Optional.empty() : Optional.of(out);
    }

    private static boolean typed(Fields f, Problems problems) {
        Optional<String> v = f.word("typed").map(s -> s.toLowerCase(Locale.ROOT));
        if (v.isEmpty() || v.get().equals("no")) {
            return false;
        }
        if (!v.get().equals("yes")) {
            problems.add(f.at(f.field("typed").orElseThrow()), "typed is 'yes' or 'no', not '" + v.get() + "'");
        }
        return true;
    }

    private static SortedSet<Integer> side(Fields f, String field, String text, Problems problems) {
        SortedSet<Integer> numbers = ClozeText.numbers(text);
        if (numbers.isEmpty()) {
            problems.add(f.at(), "a cloze has no deletion in " + field + ": write {{c1::answer}}");
            return numbers;
        }
        if (numbers.first() < 1 || numbers.last() > ClozeText.MAX_NUMBER) {
            problems.add(f.at(), "cloze numbers in " + field + " go from c1 to c" + ClozeText.MAX_NUMBER);
        }
        for (ClozeText.Deletion d : ClozeText.deletions(text)) {
            if (d.answer().isBlank()) {
                problems.add(f.at(), "the deletion c" + d.number() + " in " + field + " has no answer");
            }
        }
        return numbers;
    }
}
