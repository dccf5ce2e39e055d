package org.quiztrainer.bank;

import java.util.List;

/**
 * What a save did, question by question (a cloze note gives one row per card).
 *
 * @param saved every question written or left alone, in draft order
 */
public record SaveReport(List<Saved> saved) {

    public SaveReport {
        saved = List.copyOf(saved);
    }

    /** What happened to one question. */
    public enum Outcome {
        /** A new question. */
        CREATED,
        /** A new revision (or a retired question brought back). */
        CHANGED,
        /** The same content as stored: nothing written. */
        UNCHANGED,
        /** A cloze card whose deletion left the note's text. */
        RETIRED
    }

    /**
     * One question.
     *
     * @param index      the draft it came from
     * @param questionId its global id
     * @param key        its key in the bank
     * @param revision   its revision after the save
     */
    public record Saved(int index, String questionId, String key, int revision, Outcome outcome) {}

    /** How many questions had the outcome. */
    public long count(Outcome outcome) {
        return saved.stream().filter(s -> s.outcome() == outcome).count();
    }

    /** The first question of the first draft (the editor's question). */
    public Saved first() {
        return saved.get(0);
    }
}
