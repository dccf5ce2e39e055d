package org.quiztrainer.study;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quiztrainer.account.AppUserDetails;
import org.quiztrainer.account.CurrentUser;
import org.quiztrainer.account.Role;
import org.quiztrainer.srs.Scheduler;
import org.quiztrainer.srs.State;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a learner's memory state for others: the learner themself, an instructor of a class they are in,
 * or an admin.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class MemoryService {

    private final CardRepository cards;
    private final StudySettingsService settings;
    private final TeachingRelation teaching;
    private final CurrentUser currentUser;

    MemoryService(
            CardRepository cards, StudySettingsService settings, TeachingRelation teaching, CurrentUser currentUser) {
        this.cards = cards;
        this.settings = settings;
        this.teaching = teaching;
        this.currentUser = currentUser;
    }

    /**
     * The learner's {@code n} weakest questions of the scope at {@code now}: first the questions they have
     * studied, by FSRS predicted recall {@code R(t, S) = (1 + F * t / S)^(-w20)} ascending (t the days since
     * the last review, S the stability; {@link Scheduler#retrievability}), then, if fewer than {@code n} were
     * studied, unseen questions in scope order. Suspended cards count like any other.
     */
    @Transactional(readOnly = true)
    public List<String> weakest(long learnerId, Collection<String> scopeQuestionIds, int n, Instant now) {
        requireAccess(learnerId);
        if (n <= 0 || scopeQuestionIds.isEmpty()) {
            return List.of();
        }
        Set<String> scope = new LinkedHashSet<>(scopeQuestionIds);
        Scheduler scheduler = Schedulers.of(settings.current(learnerId));
        Map<String, CardEntity> studied = cards.findByLearnerIdAndQuestionIdIn(learnerId, scope).stream()
                .filter(c -> c.getState() != State.NEW)
                .collect(Collectors.toMap(CardEntity::getQuestionId, Function.identity()));
        List<String> out = new ArrayList<>(studied.values().stream()
                .sorted(Comparator.comparingDouble((CardEntity c) -> scheduler.retrievability(c.toCard(), now))
                        .thenComparing(CardEntity::getQuestionId))
                .map(CardEntity::getQuestionId)
                .limit(n)
                .toList());
        for (String id : scope) {
            if (out.size() >= n) {
                break;
            }
            if (!studied.containsKey(id)) {
                out.add(id);
            }
        }
        return out;
    }

    private void requireAccess(long learnerId) {
        AppUserDetails me = currentUser.require();
        boolean allowed = me.id() == learnerId
                || me.role() == Role.ADMIN
                || (me.role() == Role.INSTRUCTOR && teaching.teaches(me.id(), learnerId));
        if (!allowed) {
            throw new AccessDeniedException("No access to the memory of learner " + learnerId);
        }
    }
}
