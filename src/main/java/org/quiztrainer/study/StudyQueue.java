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

    Pick next(long learner, StudyScope scope, StudySettings settings, Instant now) {
        StudyDay day = StudyDay.of(now, settings.zone(), settings.dayStartHour());
        ScopeResolver.Resolved resolved = scopes.resolved(scope);
        List<String> ids = resolved.ids();
        Set<String> inScope = resolved.set();
        List<CardEntity> due = cards.findDueBefore(
                learner, day.end().isAfter(now.plus(LEARN_AHEAD)) ? day.end() : now.plus(LEARN_AHEAD));
        CardEntity review = null;
        CardEntity learnAhead = null;
        for (CardEntity c : due) {
            if (!c.isAvailableAt(now) || !inScope.contains(c.getQuestionId())) {
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
            Set<String> known = new HashSet<>(cards.findQuestionIds(learner));
            for (String id : ids) {
                if (!known.contains(id)) {
                    return new Pick(Optional.empty(), Optional.of(id));
                }
            }
        }
        return learnAhead == null ? Pick.NONE : new Pick(Optional.of(learnAhead), Optional.empty());
    }

    QueueCounts counts(long learner, StudyScope scope, StudySettings settings, Instant now) {
        StudyDay day = StudyDay.of(now, settings.zone(), settings.dayStartHour());
        ScopeResolver.Resolved resolved = scopes.resolved(scope);
        List<String> ids = resolved.ids();
        Set<String> inScope = resolved.set();
        int learning = 0;
        int review = 0;
        for (CardEntity c : cards.findDueBefore(learner, day.end())) {
            if (!c.isAvailableAt(now) || !inScope.contains(c.getQuestionId())) {
                continue;
            }
            if (c.getState() == State.REVIEW) {
                review++;
            } else if (c.getState() != State.NEW) {
                learning++;
            }
        }
        Set<String> known = new HashSet<>(cards.findQuestionIds(learner));
        long unseen = ids.stream().filter(id -> !known.contains(id)).count();
        int newCards = (int) Math.min(unseen, newLeft(learner, settings, day));
        return new QueueCounts(newCards, learning, Math.min(review, reviewsLeft(learner, settings, day)));
    }

    private int reviewsLeft(long learner, StudySettings settings, StudyDay day) {
        return Math.max(
                0, settings.maxReviewsPerDay() - (int) logs.countStudiedSince(learner, day.start(), State.REVIEW));
    }

    private int newLeft(long learner, StudySettings settings, StudyDay day) {
        return Math.max(0, settings.newPerDay() - (int) logs.countStudiedSince(learner, day.start(), State.NEW));
    }
}
