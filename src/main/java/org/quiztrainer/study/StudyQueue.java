package org.quiztrainer.study;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.srs.State;
import org.springframework.stereotype.Component;

/**
 * Picks what comes next, by the hot path of docs/architecture.md: learning cards due now, then reviews due this
 * study day (most overdue first) within the review limit, then new cards within the new-card limit in
 * topic order. When nothing else is left, a learning card due within {@link #LEARN_AHEAD} is shown early.
 *
 * <p>A new card is a question the learner has no card for, or whose card is in state NEW (its memory was
 * reset, or it was suspended or buried before its first answer): such a card waits at its place in topic
 * order, as Anki's "Forget" puts a card back at its original position, and counts against the day's
 * new-card limit like any other. Questions a quiz holds back ({@link QuizHold}) are left out.
 */
@Component
class StudyQueue {

    static final Duration LEARN_AHEAD = Duration.ofMinutes(20);

    private final CardRepository cards;
    private final ReviewLogRepository logs;
    private final ScopeResolver scopes;

    StudyQueue(CardRepository cards, ReviewLogRepository logs, ScopeResolver scopes) {
        this.cards = cards;
        this.logs = logs;
        this.scopes = scopes;
    }

    /** A card to show, or a new question id, or nothing. */
    record Pick(Optional<CardEntity> card, Optional<String> newQuestionId) {
        static final Pick NONE = new Pick(Optional.empty(), Optional.empty());
    }

    Pick next(long learner, StudyScope scope, StudySettings settings, Instant now, QuizHold hold) {
        StudyDay day = StudyDay.of(now, settings.zone(), settings.dayStartHour());
        ScopeResolver.Resolved resolved = scopes.resolved(scope);
        List<String> ids = resolved.ids();
        Set<String> inScope = resolved.set();
        List<CardEntity> due = cards.findDueBefore(
                learner, day.end().isAfter(now.plus(LEARN_AHEAD)) ? day.end() : now.plus(LEARN_AHEAD));
        CardEntity review = null;
        CardEntity learnAhead = null;
        for (CardEntity c : due) {
            if (!c.isAvailableAt(now) || hold.holds(c.getQuestionId()) || !inScope.contains(c.getQuestionId())) {
                continue;
            }
            boolean learning = c.getState() == State.LEARNING || c.getState() == State.RELEARNING;
            if (learning && !c.getDue().isAfter(now)) {
                return new Pick(Optional.of(c), Optional.empty());
            }
            if (learning && learnAhead == null && !c.getDue().isAfter(now.plus(LEARN_AHEAD))) {
                learnAhead = c;
            }
            if (c.getState() == State.REVIEW && review == null && c.getDue().isBefore(day.end())) {
                review = c;
            }
        }
        if (review != null && reviewsLeft(learner, settings, day) > 0) {
            return new Pick(Optional.of(review), Optional.empty());
        }
        if (newLeft(learner, settings, day) > 0) {
            Known known = known(learner, now);
            for (String id : ids) {
                if (!known.notNew.contains(id) && !known.unavailable.contains(id) && !hold.holds(id)) {
                    return known.freshCards.contains(id)
                            ? new Pick(cards.findByLearnerIdAndQuestionId(learner, id), Optional.empty())
                            : new Pick(Optional.empty(), Optional.of(id));
                }
            }
        }
        return learnAhead == null ? Pick.NONE : new Pick(Optional.of(learnAhead), Optional.empty());
    }

    QueueCounts counts(long learner, StudyScope scope, StudySettings settings, Instant now, QuizHold hold) {
        StudyDay day = StudyDay.of(now, settings.zone(), settings.dayStartHour());
        ScopeResolver.Resolved resolved = scopes.resolved(scope);
        List<String> ids = resolved.ids();
        Set<String> inScope = resolved.set();
        int learning = 0;
        int review = 0;
        for (CardEntity c : cards.findDueBefore(learner, day.end())) {
            if (!c.isAvailableAt(now) || hold.holds(c.getQuestionId()) || !inScope.contains(c.getQuestionId())) {
                continue;
            }
            if (c.getState() == State.REVIEW) {
                review++;
            } else if (c.getState() != State.NEW) {
                learning++;
            }
        }
        Known known = known(learner, now);
        long unseen = ids.stream()
                .filter(id -> !known.notNew.contains(id) && !known.unavailable.contains(id) && !hold.holds(id))
                .count();
        int newCards = (int) Math.min(unseen, newLeft(learner, settings, day));
        return new QueueCounts(newCards, learning, Math.min(review, reviewsLeft(learner, settings, day)));
    }

    /**
     * The learner's cards by what they mean for the new queue: studied (not new), new but suspended or
     * buried now, and new cards that may be shown (reset ones).
     */
    private record Known(Set<String> notNew, Set<String> unavailable, Set<String> freshCards) {}

    private Known known(long learner, Instant now) {
        Set<String> notNew = new HashSet<>();
        Set<String> unavailable = new HashSet<>();
        Set<String> fresh = new HashSet<>();
        for (CardRepository.QueueRow row : cards.findQueueRows(learner)) {
            if (row.state() != State.NEW) {
                notNew.add(row.questionId());
            } else if (row.suspended() || (row.buriedUntil() != null && now.isBefore(row.buriedUntil()))) {
                unavailable.add(row.questionId());
            } else {
                fresh.add(row.questionId());
            }
        }
        return new Known(notNew, unavailable, fresh);
    }

    private int reviewsLeft(long learner, StudySettings settings, StudyDay day) {
        return Math.max(
                0, settings.maxReviewsPerDay() - (int) logs.countStudiedSince(learner, day.start(), State.REVIEW));
    }

    private int newLeft(long learner, StudySettings settings, StudyDay day) {
        return Math.max(0, settings.newPerDay() - (int) logs.countStudiedSince(learner, day.start(), State.NEW));
    }
}
