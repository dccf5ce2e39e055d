package org.quiztrainer.study;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quiztrainer.srs.MemoryReplay;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.State;
import org.quiztrainer.srs.optimizer.LoggedReview;
import org.springframework.stereotype.Component;

/** A learner's review history as the optimiser and the memory replay read it. Callers hold the transaction. */
@Component
class ReviewHistory {

    private final ReviewHistoryRepository repository;

    ReviewHistory(ReviewHistoryRepository repository) {
        this.repository = repository;
    }

    /** Every answer of the learner, by card and time. */
    List<LoggedReview> log(long learnerId) {
        List<LoggedReview> out = new ArrayList<>();
        for (Object[] row : repository.history(learnerId)) {
            out.add(new LoggedReview(
                    (Long) row[0],
                    (Instant) row[1],
                    Rating.ofGrade((Integer) row[2]),
                    (State) row[3],
                    Math.max(0, (Long) row[4])));
        }
        return out;
    }

    /** The learner's answers per card id, in time order, for {@link MemoryReplay}. */
    static Map<Long, List<MemoryReplay.Review>> byCard(List<LoggedReview> log) {
        Map<Long, List<MemoryReplay.Review>> out = new HashMap<>();
        for (LoggedReview r : log) {
            out.computeIfAbsent(r.cardId(), id -> new ArrayList<>())
                    .add(new MemoryReplay.Review(r.reviewedAt(), r.rating()));
        }
        return out;
    }
}
