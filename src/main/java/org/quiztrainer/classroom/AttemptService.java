package org.quiztrainer.classroom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.StoredQuestion;
import org.quiztrainer.classroom.AttemptClosedException.Reason;
import org.quiztrainer.grading.Grade;
import org.quiztrainer.grading.Response;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A learner taking an assignment: start or resume an attempt, save each answer on the server as it is
 * given (graded at once), submit. The deadline is the server's: an attempt past it is submitted with what
 * was saved, and later answers are refused. The submitted answers enter the learner's memory model once the
 * submission commits (see {@code study.QuizMemoryRecorder}); while the attempt is in progress its questions
 * are held back from the learner's studying. The same attempt open in two windows or sessions never loses
 * or overwrites an answer silently: an answer given against an answer the learner has not seen is refused
 * with {@link AnswerConflictException}. A learner acts only on their own attempts.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AttemptService {

    private final AssignmentRepository assignments;
    private final AttemptRepository attempts;
    private final AttemptAnswerRepository answers;
    private final AttemptRules rules;
    private final QuestionPicker picker;
    private final ClassAccess access;
    private final BankService bank;
    private final Clock clock;
    private final TransactionTemplate tx;

    AttemptService(
            AssignmentRepository assignments,
            AttemptRepository attempts,
            AttemptAnswerRepository answers,
            AttemptRules rules,
            QuestionPicker picker,
            ClassAccess access,
            BankService bank,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.assignments = assignments;
        this.attempts = attempts;
        this.answers = answers;
        this.rules = rules;
        this.picker = picker;
        this.access = access;
        this.bank = bank;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /**
     * Resumes the caller's attempt in progress, or starts a new one when the assignment is open for them and
     * they have attempts left. Refused with {@link AttemptClosedException} otherwise.
     */
    @Transactional(noRollbackFor = AttemptClosedException.class)
    public AttemptView start(long assignmentId) {
        long me = access.me().id();
        AssignmentEntity a = assignments
                .findById(assignmentId)
                .filter(x -> access.isMember(x.getClassId(), me))
                .orElseThrow(() -> new AccessDeniedException("Not in the class of assignment " + assignmentId));
        Instant now = clock.instant();
        List<AttemptEntity> mine = attempts.findByAssignmentIdAndLearnerIdOrderByAttemptNumber(assignmentId, me);
        for (AttemptEntity t : mine) {
            if (!rules.finishIfDue(t, a, now)) {
                return view(t, a);
            }
        }
        if (now.isBefore(a.getOpensAt()) || !now.isBefore(rules.closesFor(a, me))) {
            throw new AttemptClosedException(Reason.NOT_OPEN, "The assignment is not open.");
        }
        int allowed = rules.attemptsFor(a, me);
        if (allowed != AssignmentSettings.UNLIMITED && mine.size() >= allowed) {
            throw new AttemptClosedException(Reason.NO_ATTEMPTS_LEFT, "No attempts left.");
        }
        AssignmentSettings s = a.settings();
        List<String> questions = picker.pick(assignmentId, s, me, now);
        long seed = UUID.randomUUID().getMostSignificantBits();
        if (s.shuffleQuestions()) {
            questions = Shuffles.shuffled(questions, seed);
        }
        List<Integer> revisions = questions.stream()
                .map(id -> bank.question(id).map(StoredQuestion::revision).orElse(0))
                .toList();
        return view(
                attempts.save(new AttemptEntity(assignmentId, me, mine.size() + 1, questions, revisions, seed, now)),
                a);
    }

    /** The caller's attempt as it stands (submitted first if its deadline passed). */
    @Transactional
    public AttemptView attempt(long attemptId) {
        AttemptEntity t = mine(attemptId);
        AssignmentEntity a = assignments.findById(t.getAssignmentId()).orElseThrow();
        rules.finishIfDue(t, a, clock.instant());
        return view(t, a);
    }

    /**
     * Saves the caller's answer to one question of their attempt and grades it, against the revision the attempt
     * showed (frozen when it started). {@code shownVersion} is the
     * version of the saved answer the caller was showing ({@link AttemptItem#version()}, null when none): when
     * another window or session saved an answer since (or saves one at the same moment), nothing is saved and
     * {@link AnswerConflictException} says so. Refused with {@link AttemptClosedException} once the attempt is
     * submitted (saying whether elsewhere or at the deadline). The answers enter the learner's memory at
     * submission.
     */
    public SavedAnswer save(
            long attemptId, String questionId, Response response, Duration answerTime, Long shownVersion) {
        Outcome outcome;
        try {
            outcome =
                    tx.execute(status -> saveInTransaction(attemptId, questionId, response, answerTime, shownVersion));
        } catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
            throw new AnswerConflictException(questionId);
        }
        if (outcome.closed() != null) {
            throw outcome.closed();
        }
        return outcome.saved();
    }

    /** A saved answer, or the refusal of a closed attempt (thrown after the deadline's submission committed). */
    private record Outcome(SavedAnswer saved, AttemptClosedException closed) {}

    /** Saves an answer over whatever is saved now (for callers that just read the attempt, and for tests). */
    SavedAnswer save(long attemptId, String questionId, Response response, Duration answerTime) {
        Long current = tx.execute(status -> answers.findByAttemptIdAndQuestionId(attemptId, questionId)
                .map(AttemptAnswerEntity::getVersion)
                .orElse(null));
        return save(attemptId, questionId, response, answerTime, current);
    }

    private Outcome saveInTransaction(
            long attemptId, String questionId, Response response, Duration answerTime, Long shownVersion) {
        AttemptEntity t = mine(attemptId);
        AssignmentEntity a = assignments.findById(t.getAssignmentId()).orElseThrow();
        Instant now = clock.instant();
        if (rules.finishIfDue(t, a, now)) {
            return new Outcome(null, closed(t, a));
        }
        if (!t.questionIds().contains(questionId)) {
            throw new AccessDeniedException("Question " + questionId + " is not in attempt " + attemptId);
        }
        Duration time =
                answerTime == null || answerTime.isNegative() || answerTime.toDays() > 0 ? Duration.ZERO : answerTime;
        Question q = bank.question(questionId, t.revisionOf(questionId))
                .orElseThrow()
                .question();
        Grade grade = grade(q, response, time);
        AttemptAnswerEntity answer = answers.findByAttemptIdAndQuestionId(attemptId, questionId)
                .orElseGet(() -> new AttemptAnswerEntity(attemptId, questionId));
        boolean exists = answer.getId() != null;
        if (exists ? shownVersion == null || answer.getVersion() != shownVersion : shownVersion != null) {
            throw new AnswerConflictException(questionId);
        }
        boolean immediate = a.settings().immediateFeedback();
        answer.answer(ResponseCodec.encode(response), grade.score(), time.toMillis(), now, immediate);
        AttemptAnswerEntity saved = answers.saveAndFlush(answer);
        return new Outcome(new SavedAnswer(questionId, immediate ? grade : null, saved.getVersion()), null);
    }

    /** Why an answer to a submitted attempt is refused: time ran out, or it was submitted elsewhere. */
    private AttemptClosedException closed(AttemptEntity t, AssignmentEntity a) {
        return rules.submittedEarly(t, a)
                ? new AttemptClosedException(Reason.SUBMITTED, "The attempt was submitted elsewhere.")
                : new AttemptClosedException(Reason.TIME_UP, "The attempt is over; the answer was not saved.");
    }

    /** Submits the caller's attempt with what was saved; submitting twice is harmless. */
    @Transactional
    public AttemptView submit(long attemptId) {
        AttemptEntity t = mine(attemptId);
        AssignmentEntity a = assignments.findById(t.getAssignmentId()).orElseThrow();
        if (!rules.finishIfDue(t, a, clock.instant())) {
            rules.submit(t, clock.instant());
        }
        return view(t, a);
    }

    private Grade grade(Question q, Response response, Duration time) {
        return AnswerGrading.grade(bank, q, response, time);
    }

    /** The caller's attempt, locked until the transaction ends (so the sweep or another node waits or skips it). */
    private AttemptEntity mine(long attemptId) {
        long me = access.me().id();
        return attempts.findLocked(attemptId)
                .filter(t -> t.getLearnerId() == me)
                .orElseThrow(() -> new AccessDeniedException("Not your attempt: " + attemptId));
    }

    private AttemptView view(AttemptEntity t, AssignmentEntity a) {
        AssignmentSettings s = a.settings();
        Map<String, AttemptAnswerEntity> saved = answers.findByAttemptId(t.getId()).stream()
                .collect(Collectors.toMap(AttemptAnswerEntity::getQuestionId, Function.identity()));
        List<AttemptItem> items = t.questionIds().stream()
                .map(id -> {
                    AttemptAnswerEntity ans = saved.get(id);
                    return new AttemptItem(
                            id,
                            bank.question(id, t.revisionOf(id)).orElseThrow().question(),
                            ans == null ? null : ResponseCodec.decode(ans.getResponse()),
                            ans != null && s.immediateFeedback() ? ans.getAutoScore() : null,
                            ans == null ? null : ans.getVersion());
                })
                .toList();
        return new AttemptView(
                t.getId(),
                a.getId(),
                s.title(),
                s.instructions(),
                t.getAttemptNumber(),
                t.getStartedAt(),
                rules.deadline(t, a),
                t.isSubmitted(),
                s.immediateFeedback(),
                s.shuffleChoices(),
                t.getShuffleSeed(),
                items);
    }
}
