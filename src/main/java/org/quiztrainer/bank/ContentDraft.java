package org.quiztrainer.bank;

import java.util.List;

/**
 * The type-specific part of a {@link QuestionDraft}, as typed: loose on purpose (a single choice may have two
 * correct choices, a number may not be a number) so that the validator can say what is wrong and where.
 *
 * @param type      the question type
 * @param back      a flashcard's back
 * @param choices   the choices of a single or multiple choice question
 * @param truth     a true/false question's answer; {@code null} when none was chosen
 * @param acceptZh  a short answer's accepted Chinese answers
 * @param acceptEn  a short answer's accepted English answers
 * @param number    a numeric question's answer, as typed
 * @param tolerance its tolerance, as typed (empty for 0)
 * @param unit      its unit id (from the built-in bank's units), or empty for a plain number
 * @param items     an ordering's items in their right order
 * @param pairs     a matching's pairs
 * @param typed     whether a cloze note's deletions are typed (checked) rather than revealed (self-graded)
 */
public record ContentDraft(
        QuestionType type,
        LocalizedText back,
        List<ChoiceDraft> choices,
        Boolean truth,
        List<String> acceptZh,
        List<String> acceptEn,
        String number,
        String tolerance,
        String unit,
        List<LocalizedText> items,
        List<PairDraft> pairs,
        boolean typed) {

    /** A choice as typed. */
    public record ChoiceDraft(LocalizedText text, boolean correct) {
        public ChoiceDraft {
            text = text == null ? LocalizedText.EMPTY : text;
        }
    }

    /** A matching pair as typed. */
    public record PairDraft(LocalizedText left, LocalizedText right) {
        public PairDraft {
            left = left == null ? LocalizedText.EMPTY : left;
            right = right == null ? LocalizedText.EMPTY : right;
        }
    }

    public ContentDraft {
        if (type == null) {
            throw new IllegalArgumentException("a draft has a type");
        }
        back = back == null ? LocalizedText.EMPTY : back;
        choices = choices == null ? List.of() : List.copyOf(choices);
        acceptZh = acceptZh == null ? List.of() : List.copyOf(acceptZh);
        acceptEn = acceptEn == null ? List.of() : List.copyOf(acceptEn);
        number = number == null ? "" : number.strip();
        tolerance = tolerance == null ? "" : tolerance.strip();
        unit = unit == null ? "" : unit.strip();
        items = items == null ? List.of() : List.copyOf(items);
        pairs = pairs == null ? List.of() : List.copyOf(pairs);
    }

    /** An empty draft of a type. */
    public static ContentDraft empty(QuestionType type) {
        return new ContentDraft(type, null, null, null, null, null, null, null, null, null, null, false);
    }

    public static ContentDraft flashcard(LocalizedText back) {
        return new ContentDraft(
                QuestionType.FLASHCARD, back, null, null, null, null, null, null, null, null, null, false);
    }

    public static ContentDraft choices(boolean multiple, List<ChoiceDraft> choices) {
        QuestionType t = multiple ? QuestionType.MULTIPLE_CHOICE : QuestionType.SINGLE_CHOICE;
        return new ContentDraft(t, null, choices, null, null, null, null, null, null, null, null, false);
    }

    public static ContentDraft trueFalse(Boolean truth) {
        return new ContentDraft(
                QuestionType.TRUE_FALSE, null, null, truth, null, null, null, null, null, null, null, false);
    }

    public static ContentDraft shortAnswer(List<String> zh, List<String> en) {
        return new ContentDraft(
                QuestionType.SHORT_ANSWER, null, null, null, zh, en, null, null, null, null, null, false);
    }

    public static ContentDraft numeric(String number, String tolerance, String unit) {
        return new ContentDraft(
                QuestionType.NUMERIC, null, null, null, null, null, number, tolerance, unit, null, null, false);
    }

    public static ContentDraft ordering(List<LocalizedText> items) {
        return new ContentDraft(
                QuestionType.ORDERING, null, null, null, null, null, null, null, null, items, null, false);
    }

    public static ContentDraft matching(List<PairDraft> pairs) {
        return new ContentDraft(
                QuestionType.MATCHING, null, null, null, null, null, null, null, null, null, pairs, false);
    }

    /** A cloze note: its deletions are in the question's text. */
    public static ContentDraft cloze(boolean typed) {
        return new ContentDraft(QuestionType.CLOZE, null, null, null, null, null, null, null, null, null, null, typed);
    }

    /** The draft of a stored content (to edit it, or to save an imported question). */
    public static ContentDraft of(QuestionContent c) {
        if (c instanceof QuestionContent.Flashcard f) {
            return flashcard(f.back());
        } else if (c instanceof QuestionContent.SingleChoice s) {
            return choices(
                    false,
                    s.choices().stream()
                            .map(x -> new ChoiceDraft(x.text(), x.correct()))
                            .toList());
        } else if (c instanceof QuestionContent.MultipleChoice m) {
            return choices(
                    true,
                    m.choices().stream()
                            .map(x -> new ChoiceDraft(x.text(), x.correct()))
                            .toList());
        } else if (c instanceof QuestionContent.TrueFalse t) {
            return trueFalse(t.answer());
        } else if (c instanceof QuestionContent.ShortAnswer a) {
            return shortAnswer(a.acceptZh(), a.acceptEn());
        } else if (c instanceof QuestionContent.Numeric n) {
            return numeric(n.answer().toPlainString(), n.tolerance().toPlainString(), n.unit());
        } else if (c instanceof QuestionContent.Ordering o) {
            return ordering(o.items());
        } else if (c instanceof QuestionContent.Matching m) {
            return matching(m.pairs().stream()
                    .map(p -> new PairDraft(p.left(), p.right()))
                    .toList());
        } else if (c instanceof QuestionContent.Cloze z) {
            return cloze(z.typed());
        }
        throw new IllegalArgumentException("unknown content " + c);
    }
}
