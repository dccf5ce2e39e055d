package org.quiztrainer.classroom;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.classroom.LearnerAssignment.Status;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a learner sees of their assignments: the list with status and deadline, and the review of an attempt. */
@Service
@PreAuthorize("isAuthenticated()")
public class LearnerAssignmentService {

    private final ClassGroupRepository classes;
    private final AssignmentRepository assignments;
    private final AttemptRepository attempts;
    private final AttemptAnswerRepository answers;
    private final AttemptRules rules;
    private final ClassAccess access;
    private final BankService bank;
    private final Clock clock;

    LearnerAssignmentService(
            ClassGroupRepository classes,
            AssignmentRepository assignments,
            AttemptRepository attempts,
            AttemptAnswerRepository answers,
            AttemptRules rules,
            ClassAccess access,
            BankService bank,
            Clock clock) {
        this.classes = classes;
        this.assignments = assignments;
        this.attempts = attempts;
        this.answers = answers;
        this.rules = rules;
        this.access = access;
        this.bank = bank;
        this.clock = clock;
    }

    /** The assignments of every class the caller is in, by closing time, each with its status for them. */
    @Transactional(readOnly = true)
    public List<LearnerAssignment> mine() {
        long me = access.me().id();
        Instant now = clock.instant();
        Map<Long, ClassGroupEntity> joined = classes.findJoinedBy(me).stream()
                .collect(Collectors.toMap(ClassGroupEntity::getId, Function.identity()));
        List<LearnerAssignment> out = new ArrayList<>();
        for (AssignmentEntity a : assignments.findByClassIdInOrderByClosesAtAscIdAsc(joined.keySet())) {
            List<AttemptEntity> mine = attempts.findByAssignmentIdAndLearnerIdOrderByAttemptNumber(a.getId(), me);
            List<AttemptRules.Settled> settled =
                    mine.stream().map(t -> rules.settled(t, a, now)).toList();
            AttemptEntity open = null;
            Long last = null;
            for (int i = 0; i < mine.size(); i++) {
                if (!settled.get(i).submitted()) {
                    open = open == null ? mine.get(i) : open;
                } else {
                    last = mine.get(i).getId();
                }
            }
            Instant closes = rules.closesFor(a, me);
            int allowed = rules.attemptsFor(a, me);
            boolean canStart = !now.isBefore(a.getOpensAt())
                    && now.isBefore(closes)
                    && (allowed == AssignmentSettings.UNLIMITED || mine.size() < allowed);
            Status status = open != null
                    ? Status.IN_PROGRESS
                    : now.isBefore(a.getOpensAt())
                            ? Status.UPCOMING
                            : canStart ? Status.OPEN : mine.isEmpty() ? Status.MISSED : Status.DONE;
            AssignmentSettings s = a.settings();
            boolean showGrade = s.review().score() && reviewOpen(s, closes, now);
            out.add(new LearnerAssignment(
                    a.getId(),
                    a.getClassId(),
                    joined.get(a.getClassId()).getName(),
                    s.title(),
                    s.instructions(),
                    a.getOpensAt(),
                    closes,
                    s.timeLimit(),
                    mine.size(),
                    allowed,
                    status,
                    open == null ? null : open.getId(),
                    last,
                    showGrade ? AttemptRules.grade(s.gradingMethod(), settled) : null));
        }
        return out;
    }

    /** The review of one of the caller's submitted attempts, as much as the assignment's options allow. */
    @Transactional(readOnly = true)
    public AttemptReview review(long attemptId) {
        long me = access.me().id();
        AttemptEntity t = attempts.findById(attemptId)
                .filter(x -> x.getLearnerId() == me)
                .orElseThrow(() -> new AccessDeniedException("Not your attempt: " + attemptId));
        AssignmentEntity a = assignments.findById(t.getAssignmentId()).orElseThrow();
        Instant now = clock.instant();
        AttemptRules.Settled settled = rules.settled(t, a, now);
        AssignmentSettings s = a.settings();
        Instant closes = rules.closesFor(a, me);
        Instant from = s.review().when() == ReviewOptions.When.AFTER_CLOSE ? closes : settled.submittedAt();
        if (!settled.submitted() || !reviewOpen(s, closes, now)) {
            return new AttemptReview(
                    attemptId,
                    a.getId(),
                    s.title(),
                    t.getAttemptNumber(),
                    t.isSubmitted(),
                    false,
                    t.isSubmitted() ? from : null,
                    null,
                    List.of());
        }
        ReviewOptions o = s.review();
        Map<String, AttemptAnswerEntity> saved = answers.findByAttemptId(attemptId).stream()
                .collect(Collectors.toMap(AttemptAnswerEntity::getQuestionId, Function.identity()));
        List<ReviewItem> items = t.questionIds().stream()
                .map(id -> {
                    AttemptAnswerEntity ans = saved.get(id);
                    return new ReviewItem(
                            id,
                            bank.question(id, t.revisionOf(id)).orElseThrow().question(),
                            o.answers() && ans != null ? ResponseCodec.decode(ans.getResponse()) : null,
                            o.answers() ? (ans == null ? 0.0 : ans.mark()) : null,
                            o.answers() && ans != null ? ans.getOverrideComment() : null,
                            o.correct(),
                            o.explanations());
                })
                .toList();
        return new AttemptReview(
                attemptId,
                a.getId(),
                s.title(),
                t.getAttemptNumber(),
                true,
                true,
                from,
                o.score() ? settled.score() : null,
                items);
    }

    private static boolean reviewOpen(AssignmentSettings s, Instant closes, Instant now) {
        return s.review().when() == ReviewOptions.When.AFTER_SUBMIT || !now.isBefore(closes);
    }
}
