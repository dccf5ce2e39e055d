package org.quiztrainer.study;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.quiztrainer.srs.Card;
import org.quiztrainer.srs.MemoryReplay;
import org.quiztrainer.srs.Scheduler;
import org.springframework.stereotype.Component;

/**
 * Recomputes a learner's cards from their own review history with a scheduler (new weights, or a history
 * written by an import): S and D always; with {@code reschedule} also state, step and due date. Suspension,
 * burying and leech marks stay. Callers hold the write transaction and check access.
 */
@Component
class MemoryRecompute {

    private final ReviewHistoryRepository repository;
    private final ReviewHistory history;

    MemoryRecompute(ReviewHistoryRepository repository, ReviewHistory history) {
        this.repository = repository;
        this.history = history;
    }

    /**
     * Recomputes the learner's cards of {@code questionIds} (all cards if empty).
     *
     * @return the number of cards whose memory changed
     */
    int recompute(long learnerId, Scheduler scheduler, boolean reschedule, Collection<String> questionIds) {
        Map<Long, List<MemoryReplay.Review>> byCard = ReviewHistory.byCard(history.log(learnerId));
        List<CardEntity> cards =
                questionIds.isEmpty() ? repository.cards(learnerId) : repository.cards(learnerId, questionIds);
        int changed = 0;
        for (CardEntity card : cards) {
            List<MemoryReplay.Review> reviews = byCard.get(card.getId());
            if (reviews == null || reviews.isEmpty()) {
                continue;
            }
            Card stored = card.toCard();
            Card replayed = MemoryReplay.replay(scheduler, stored.id(), reviews, stored.due());
            Card merged = MemoryReplay.merge(stored, replayed, reschedule);
            if (!merged.equals(stored)) {
                card.apply(merged);
                changed++;
            }
        }
        return changed;
    }
}
