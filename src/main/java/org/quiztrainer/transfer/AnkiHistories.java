package org.quiztrainer.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.quiztrainer.bank.io.ReviewHistory;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.study.ImportedAnswer;

/**
 * Which rows of an Anki card's review log are answers to bring in, as Anki's own FSRS reads them (fsrs-rs's
 * revlog conversion): the learn, review, relearn and filtered-deck rows rated 1 to 4 after the card's last reset
 * ("Forget"); a manual or rescheduling row (rating 0, "Set due date") gave no answer, and the rows before a reset
 * belong to a memory that was started afresh. Rows at the same millisecond count once.
 */
final class AnkiHistories {

    private AnkiHistories() {}

    /**
     * The answers of one card and how many of its rows are left out.
     *
     * @param answers  oldest first
     * @param leftOut  rows that are not answers or come before the last reset
     */
    record Answers(List<ImportedAnswer> answers, int leftOut) {}

    static Answers of(ReviewHistory history) {
        List<ReviewHistory.Review> rows = new ArrayList<>(history.reviews());
        rows.sort(Comparator.comparing(ReviewHistory.Review::at));
        int start = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).kind() == ReviewHistory.Kind.RESET) {
                start = i + 1;
            }
        }
        List<ImportedAnswer> out = new ArrayList<>();
        for (int i = start; i < rows.size(); i++) {
            ReviewHistory.Review r = rows.get(i);
            boolean answer = r.rating() >= 1
                    && switch (r.kind()) {
                        case LEARN, REVIEW, RELEARN, FILTERED -> true;
                        case MANUAL, RESET, RESCHEDULED -> false;
                    };
            boolean repeat = !out.isEmpty() && out.get(out.size() - 1).at().equals(r.at());
            if (answer && !repeat) {
                out.add(new ImportedAnswer(r.at(), Rating.ofGrade(r.rating()), r.durationMs()));
            }
        }
        return new Answers(out, rows.size() - out.size());
    }
}
