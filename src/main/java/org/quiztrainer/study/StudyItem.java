package org.quiztrainer.study;

import java.time.Duration;
import java.util.Map;
import org.quiztrainer.bank.StoredQuestion;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.State;

/**
 * A card to show: the question, the card's version when shown (null for a new card) so a stale answer
 * can be refused, the interval each rating leads to, and a fresh request id for this showing.
 *
 * @param questionChanged the question's content changed since the learner last saw it
 */
public record StudyItem(
        String questionId,
        StoredQuestion question,
        Long cardVersion,
        State state,
        Map<Rating, Duration> intervals,
        boolean questionChanged,
        String requestId) {

    public StudyItem {
        intervals = Map.copyOf(intervals);
    }
}
