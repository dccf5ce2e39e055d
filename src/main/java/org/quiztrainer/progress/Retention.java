package org.quiztrainer.progress;

/**
 * True retention over the last {@code days} study days: of the answers to cards that were in Review
 * before the answer, the share passed. Young cards had an interval under 21 days before the answer,
 * mature cards 21 days or more (Anki's split).
 */
public record Retention(int days, RetentionFigure young, RetentionFigure mature) {

    /** Young and mature together. */
    public RetentionFigure all() {
        return new RetentionFigure(young.passed() + mature.passed(), young.total() + mature.total());
    }
}
