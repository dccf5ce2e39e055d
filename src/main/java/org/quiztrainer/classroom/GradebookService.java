package org.quiztrainer.classroom;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quiztrainer.account.AccountService;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.account.UserName;
import org.quiztrainer.bank.BankService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instructor's results of a class: the gradebook and its CSV, each attempt question by question, and
 * overriding a mark with a comment. Only the class's instructor or an admin.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class GradebookService {

    private final ClassService classes;
    private final AssignmentRepository assignments;
    private final AttemptRepository attempts;
    private final AttemptAnswerRepository answers;
    private final AttemptRules rules;
    private final ClassAccess access;
    private final AccountService accounts;
    private final BankService bank;
    private final Clock clock;

    GradebookService(
            ClassService classes,
            AssignmentRepository assignments,
            AttemptRepository attempts,
            AttemptAnswerRepository answers,
            AttemptRules rules,
            ClassAccess access,
            AccountService accounts,
            BankService bank,
            Clock clock) {
        this.classes = classes;
        this.assignments = assignments;
        this.attempts = attempts;
        this.answers = answers;
        this.rules = rules;
        this.access = access;
        this.accounts = accounts;
        this.bank = bank;
        this.clock = clock;
    }

    /** Learners by name by assignments; each cell the learner's grade by the assignment's grading method. */
    @Transactional(readOnly = true)
    public Gradebook gradebook(long classId) {
        ClassGroupEntity c = access.manageable(classId);
        List<AssignmentEntity> cols = assignments.findByClassIdOrderByOpensAtAscIdAsc(classId);
        List<AttemptEntity> all = attempts.findByAssignmentIdInOrderByAttemptNumber(
                cols.stream().map(AssignmentEntity::getId).toList());
        Map<Long, AssignmentEntity> byId =
                cols.stream().collect(Collectors.toMap(AssignmentEntity::getId, Function.identity()));
        Instant now = clock.instant();
        List<Gradebook.Row> rows = new ArrayList<>();
        for (Member m : classes.members(classId)) {
            List<Double> grades = new ArrayList<>();
            List<Integer> counts = new ArrayList<>();
            for (AssignmentEntity a : cols) {
                List<AttemptEntity> mine = all.stream()
                        .filter(t -> t.getAssignmentId() == a.getId() && t.getLearnerId() == m.learnerId())
                        .toList();
                grades.add(AttemptRules.grade(
                        a.settings().gradingMethod(),
                        mine.stream().map(t -> rules.settled(t, a, now)).toList()));
                counts.add(mine.size());
            }
            rows.add(new Gradebook.Row(m.learnerId(), m.username(), m.displayName(), grades, counts));
        }
        rows.sort(Comparator.comparing(Gradebook.Row::displayName).thenComparing(Gradebook.Row::username));
        return new Gradebook(
                classId,
                c.getName(),
                cols.stream()
                        .map(a -> new Gradebook.Column(
                                a.getId(), a.getTitle(), a.settings().gradingMethod()))
                        .toList(),
                rows);
    }

    /** The gradebook as CSV for Excel (see {@link GradebookCsv}), with the given headers of the name columns. */
    @Transactional(readOnly = true)
    public String csv(long classId, String nameHeader, String usernameHeader) {
        return GradebookCsv.write(gradebook(classId), nameHeader, usernameHeader);
    }

    /** One learner's attempts at an assignment of a class the caller runs. */
    @Transactional(readOnly = true)
    public List<AttemptSummary> attempts(long assignmentId, long learnerId) {
        AssignmentEntity a = manageable(assignmentId);
        Instant now = clock.instant();
        return attempts.findByAssignmentIdAndLearnerIdOrderByAttemptNumber(assignmentId, learnerId).stream()
                .map(t -> {
                    AttemptRules.Settled s = rules.settled(t, a, now);
                    return new AttemptSummary(
                            t.getId(), learnerId, t.getAttemptNumber(), t.getStartedAt(), s.submittedAt(), s.score());
                })
                .toList();
    }

    /** An attempt of a class the caller runs, question by question. */
    @Transactional(readOnly = true)
    public AttemptDetail detail(long attemptId) {
        AttemptEntity t = attempts.findById(attemptId)
                .orElseThrow(() -> new AccessDeniedException("No access to attempt " + attemptId));
        AssignmentEntity a = manageable(t.getAssignmentId());
        AttemptRules.Settled settled = rules.settled(t, a, clock.instant());
        Map<String, AttemptAnswerEntity> saved = answers.findByAttemptId(attemptId).stream()
                .collect(Collectors.toMap(AttemptAnswerEntity::getQuestionId, Function.identity()));
        List<AttemptDetail.Mark> marks = t.questionIds().stream()
                .map(id -> {
                    AttemptAnswerEntity ans = saved.get(id);
                    var q = bank.question(id, t.revisionOf(id)).orElseThrow().question();
                    return ans == null
                            ? new AttemptDetail.Mark(id, q, null, 0, null, null, 0)
                            : new AttemptDetail.Mark(
                                    id,
                                    q,
                                    ResponseCodec.decode(ans.getResponse()),
                                    ans.getAutoScore(),
                                    ans.getOverrideScore(),
                                    ans.getOverrideComment(),
                                    ans.getAnswerMs());
                })
                .toList();
        UserName who = accounts.names(List.of(t.getLearnerId())).get(t.getLearnerId());
        return new AttemptDetail(
                attemptId,
                a.getId(),
                a.getTitle(),
                t.getLearnerId(),
                who == null ? "?" : who.displayName(),
                t.getAttemptNumber(),
                t.getStartedAt(),
                settled.submittedAt(),
                settled.score(),
                marks);
    }

    /**
     * Overrides the mark of an answered question of a submitted attempt (null score: back to the automatic
     * one) with a comment the learner sees in their review; the attempt's score is recomputed.
     */
    @Transactional
    public AttemptDetail overrideMark(long attemptId, String questionId, Double score, String comment) {
        AttemptEntity t = attempts.findLocked(attemptId)
                .orElseThrow(() -> new AccessDeniedException("No access to attempt " + attemptId));
        AssignmentEntity a = manageable(t.getAssignmentId());
        rules.finishIfDue(t, a, clock.instant());
        if ((score != null && (score.isNaN() || score < 0 || score > 1))
                || (comment != null && comment.length() > 1000)) {
            throw new InvalidInputException(Map.of("score", "class.error.mark"));
        }
        if (!t.isSubmitted()) {
            throw new InvalidInputException(Map.of("score", "class.error.not-submitted"));
        }
        AttemptAnswerEntity ans = answers.findByAttemptIdAndQuestionId(attemptId, questionId)
                .orElseThrow(() -> new InvalidInputException(Map.of("score", "class.error.unanswered")));
        String c = comment == null || comment.isBlank() ? null : comment.strip();
        ans.override(score, c);
        answers.flush();
        t.setScore(rules.score(t));
        return detail(attemptId);
    }

    AssignmentEntity manageable(long assignmentId) {
        AssignmentEntity a = assignments
                .findById(assignmentId)
                .orElseThrow(() -> new AccessDeniedException("No access to assignment " + assignmentId));
        access.manageable(a.getClassId());
        return a;
    }
}
