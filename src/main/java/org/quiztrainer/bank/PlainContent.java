package org.quiztrainer.bank;

import java.util.List;

/**
 * The content of a formatted question with its choices, items and pairs as plain text, for widgets whose labels
 * can only be text (a radio button, a drop-down).
 */
public final class PlainContent {

    private PlainContent() {}

    /** The same content with every displayed text as its plain text. */
    public static QuestionContent of(QuestionContent c) {
        if (c instanceof QuestionContent.SingleChoice s) {
            return new QuestionContent.SingleChoice(choices(s.choices()));
        } else if (c instanceof QuestionContent.MultipleChoice m) {
            return new QuestionContent.MultipleChoice(choices(m.choices()));
        } else if (c instanceof QuestionContent.Ordering o) {
            return new QuestionContent.Ordering(
                    o.items().stream().map(PlainContent::plain).toList());
        } else if (c instanceof QuestionContent.Matching m) {
            return new QuestionContent.Matching(m.pairs().stream()
                    .map(p -> new QuestionContent.MatchPair(plain(p.left()), plain(p.right())))
                    .toList());
        } else if (c instanceof QuestionContent.Flashcard f) {
            return new QuestionContent.Flashcard(plain(f.back()));
        }
        return c;
    }

    private static List<QuestionContent.Choice> choices(List<QuestionContent.Choice> choices) {
        return choices.stream()
                .map(x -> new QuestionContent.Choice(plain(x.text()), x.correct()))
                .toList();
    }

    /** A text as its plain text in each language. */
    public static LocalizedText plain(LocalizedText t) {
        return new LocalizedText(RichText.plain(t.zh()), RichText.plain(t.en()));
    }
}
