package org.quiztrainer.study;

/**
 * What bringing a history in wrote.
 *
 * @param cardsCreated  cards the learner did not have yet
 * @param cardsUpdated  cards they had, recomputed with the history
 * @param answers       review-log rows written
 * @param alreadyThere  answers left out because the log already has them (an earlier import of the same file)
 * @param dueFromFile   cards whose due date is the other app's
 */
public record HistoryImport(int cardsCreated, int cardsUpdated, int answers, int alreadyThere, int dueFromFile) {

    /** Nothing written. */
    public static final HistoryImport NONE = new HistoryImport(0, 0, 0, 0, 0);
}
