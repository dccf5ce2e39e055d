package org.quiztrainer.classroom;

import java.time.Instant;
import java.util.List;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.StoredQuestion;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records attempts that were taken in the past (the demo class's earlier quizzes) as {@link AttemptService}
 * would have recorded them: the learner's questions as the assignment picks them, each answer graded by the
 * grader and kept with its time, the attempt submitted with its score. The memory model is not touched: the
 * caller writes the quiz answers into the learner's study history itself. Only for admins (or start-up code
 * acting as one).
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AttemptHistoryService {

    private final AssignmentRepository assignments;
    private final AttemptRepository attempts;
    private final AttemptAnswerRepository answers;
    private final AttemptRules rules;
    private final QuestionPicker picker;
    private final ClassAccess access;
    private final BankService bank;

    AttemptHistoryService(
            AssignmentRepository assignments,
            AttemptRepository attempts,
            AttemptAnswerRepository answers,
            AttemptRules rules,
            QuestionPicker picker,
            ClassAccess access,
            BankService bank) {
        this.assignments = assignments;
        this.attempts = attempts;
        this.answers = answers;
        this.rules = rules;
        this.picker = picker;
        this.access = access;
        this.bank = bank;
    }

    /** The questions the assignment gives this learner in an attempt started at {@code at}. */
    @Transactional(readOnly = true)
    public List<String> questionsFor(long assignmentId, long learnerId, Instant at) {
        AssignmentEntity a = assignment(assignmentId, learnerId);
        return picker.pick(assignmentId, a.settings(), learnerId, at);
    }

    /**
     * Records a submitted attempt: started at {@code startedAt}, submitted at {@code submittedAt}, with the
     * given answers. Refused with {@link IllegalArgumentException} when the learner is not in the class, has no
     * attempt left, the times are outside the assignment's window or out of order, or an answer is to a question
     * the attempt does not have. The answers are not put into the learner's memory model: a past history brings
     * its memory with it (the caller writes it), so the attempt counts as recorded.
     */
    @Transactional
    public AttemptSummary recordSubmitted(
            long assignmentId, long learnerId, Instant startedAt, Instant submittedAt, List<PastAnswer> given) {
        AssignmentEntity a = assignment(assignmentId, learnerId);
        List<AttemptEntity> before =
                attempts.findByAssignmentIdAndLearnerIdOrderByAttemptNumber(assignmentId, learnerId);
        int allowed = rules.attemptsFor(a, learnerId);
        if (allowed != AssignmentSettings.UNLIMITED && before.size() >= allowed) {
            throw new IllegalArgumentException("learner " + learnerId + " has no attempt left");
        }
        if (startedAt.isBefore(a.getOpensAt())
                || !startedAt.isBefore(rules.closesFor(a, learnerId))
                || submittedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("the attempt's times are outside the assignment's window");
        }
        List<String> questions = picker.pick(assignmentId, a.settings(), learnerId, startedAt);
        List<Integer> revisions = questions.stream()
                .map(id -> bank.question(id).map(StoredQuestion::revision).orElse(0))
                .toList();
        AttemptEntity t = attempts.save(new AttemptEntity(
                assignmentId,
                learnerId,
                before.size() + 1,
                questions,
                revisions,
                Shuffles.drawSeed(assignmentId, learnerId) + before.size(),
                startedAt));
        for (PastAnswer p : given) {
            if (!questions.contains(p.questionId()) || p.at().isBefore(startedAt) || p.at().isAfter(submittedAt)) {
                throw new IllegalArgumentException("answer to " + p.questionId() + " is not one of the attempt's");
            }
            double score = AnswerGrading.grade(
                            bank, bank.question(p.questionId()).orElseThrow().question(), p.response(), p.time())
                    .score();
            AttemptAnswerEntity answer = new AttemptAnswerEntity(t.getId(), p.questionId());
            answer.answer(ResponseCodec.encode(p.response()), score, p.time().toMillis(), p.at(), false);
            answers.save(answer);
        }
        answers.flush();
        t.submit(submittedAt, rules.score(t));
        t.setMemoryRecorded(true);
        return new AttemptSummary(t.getId(), learnerId, t.getAttemptNumber(), startedAt, submittedAt, t.getScore());
    }

    private AssignmentEntity assignment(long assignmentId, long learnerId) {
        AssignmentEntity a = assignments
                .findById(assignmentId)
                .orElseThrow(() -> new IllegalArgumentException("no assignment " + assignmentId));
        if (!access.isMember(a.getClassId(), learnerId)) {
            throw new IllegalArgumentException("learner " + learnerId + " is not in the class of " + assignmentId);
        }
        return a;
    }
}
