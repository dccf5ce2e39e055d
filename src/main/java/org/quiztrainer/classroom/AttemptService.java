package org.quiztrainer.classroom;

import java.nio.charset.StandardCharsets;
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
import org.quiztrainer.grading.Grade;
import org.quiztrainer.grading.Response;
import org.quiztrainer.study.StudyService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner taking an assignment: start or resume an attempt, save each answer on the server as it is
 * given (graded at once and recorded into the learner's memory model), submit. The deadline is the
 * server's: an attempt past it is submitted with what was saved, and later answers are refused. A learner
 * acts only on their own attempts.
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
    private final StudyService study;
    private final Clock clock;

    AttemptService(
            AssignmentRepository assignments,
            AttemptRepository attempts,
            AttemptAnswerRepository answers,
            AttemptRules rules,
            QuestionPicker picker,
            ClassAccess access,
            BankService bank,
            StudyService study,
            Clock clock) {
        this.assignments = assignments;
        this.attempts = attempts;
        this.answers = answers;
        this.rules = rules;
        this.picker = picker;
        this.access = access;
        this.bank = bank;
        this.study = study;
        this.clock = clock;
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
            throw new AttemptClosedException("The assignment is not open.");
        }
        int allowed = rules.attemptsFor(a, me);
        if (allowed != AssignmentSettings.UNLIMITED && mine.size() >= allowed) {
            throw new AttemptClosedException("No attempts left.");
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
     * Saves the caller's answer to one question of their attempt, replacing an earlier one, and grades it.
     * The first answer to each question also updates the caller's memory of it (source QUIZ; not for a
     * question retired from the bank or changed since the attempt started: the learner answered the version they
     * saw, which the attempt grades, but their memory follows the current one). Refused with
     * {@link AttemptClosedException} once the attempt is submitted or past its deadline.
     */
    @Transactional(noRollbackFor = AttemptClosedException.class)
    public SavedAnswer save(long attemptId, String questionId, Response response, Duration answerTime) {
        AttemptEntity t = mine(attemptId);
        AssignmentEntity a = assignments.findById(t.getAssignmentId()).orElseThrow();
        Instant now = clock.instant();
        if (rules.finishIfDue(t, a, now)) {
            throw new AttemptClosedException("The attempt is over; the answer was not saved.");
        }
        if (!t.questionIds().contains(questionId)) {
            throw new AccessDeniedException("Question " + questionId + " is not in attempt " + attemptId);
        }
        Duration time =
                answerTime == null || answerTime.isNegative() || answerTime.toDays() > 0 ? Duration.ZERO : answerTime;
        StoredQuestion stored =
                bank.question(questionId, t.revisionOf(questionId)).orElseThrow();
        Question q = stored.question();
        Grade grade = grade(q, response, time);
        AttemptAnswerEntity answer = answers.findByAttemptIdAndQuestionId(attemptId, questionId)
                .orElseGet(() -> new AttemptAnswerEntity(attemptId, questionId));
        answer.answer(ResponseCodec.encode(response), grade.score(), time.toMillis(), now);
        answers.save(answer);
        boolean current = bank.question(questionId)
                .map(latest -> latest.revision() == stored.revision())
                .orElse(false);
        if (!stored.retired() && current) {
            study.recordQuizAnswer(
                    questionId,
                    response,
                    time,
                    UUID.nameUUIDFromBytes(("quiz:" + attemptId + ":" + questionId).getBytes(StandardCharsets.UTF_8))
                            .toString());
        }
        return new SavedAnswer(questionId, a.settings().immediateFeedback() ? grade : null);
    }

    /** Submits the caller's attempt with what was saved; submitting twice is harmless. */
    @Transactional
    public AttemptView submit(long attemptId) {
        AttemptEntity t = mine(attemptId);
        AssignmentEntity a = assignments.findById(t.getAssignmentId()).orElseThrow();
        if (!rules.finishIfDue(t, a, clock.instant())) {
            answers.flush();
            t.submit(clock.instant(), rules.score(t));
        }
        return view(t, a);
    }

    private Grade grade(Question q, Response response, Duration time) {
        return AnswerGrading.grade(bank, q, response, time);
    }

    private AttemptEntity mine(long attemptId) {
        long me = access.me().id();
        return attempts.findById(attemptId)
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
                            ans != null && s.immediateFeedback() ? ans.getAutoScore() : null);
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
