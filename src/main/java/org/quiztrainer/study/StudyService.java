package org.quiztrainer.study;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.quiztrainer.account.AppUserDetails;
import org.quiztrainer.account.CurrentUser;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.StoredQuestion;
import org.quiztrainer.grading.Feedback;
import org.quiztrainer.grading.Grade;
import org.quiztrainer.grading.Problem;
import org.quiztrainer.grading.Response;
import org.quiztrainer.srs.Card;
import org.quiztrainer.srs.Preview;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.ReviewResult;
import org.quiztrainer.srs.Scheduler;
import org.quiztrainer.srs.State;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-study for the logged-in learner: what comes next, checking and recording answers, undo. Each
 * answer is one transaction writing the new card state and one review-log row; a stale answer is refused.
 * Every method acts only on the caller's own cards.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class StudyService {

    /** A leech: a card that lapsed this many times is suspended, as in Anki. */
    public static final int LEECH_LAPSES = 8;
    /** The fewest and most questions of a practice round. */
    public static final int PRACTICE_MIN = 5;

    public static final int PRACTICE_MAX = 50;

    private final CardRepository cards;
    private final ReviewLogRepository logs;
    private final StudyQueue queue;
    private final ScopeResolver scopes;
    private final StudySettingsService settings;
    private final AnswerChecker checker;
    private final BankService bank;
    private final CurrentUser currentUser;
    private final Clock clock;

    StudyService(
            CardRepository cards,
            ReviewLogRepository logs,
            StudyQueue queue,
            ScopeResolver scopes,
            StudySettingsService settings,
            AnswerChecker checker,
            BankService bank,
            CurrentUser currentUser,
            Clock clock) {
        this.cards = cards;
        this.logs = logs;
        this.queue = queue;
        this.scopes = scopes;
        this.settings = settings;
        this.checker = checker;
        this.bank = bank;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The next card of the scope, or empty when the day's work in it is done. */
    @Transactional(readOnly = true)
    public Optional<StudyItem> next(StudyScope scope) {
        AppUserDetails me = currentUser.require();
        StudySettings s = settings.current(me.id());
        Instant now = clock.instant();
        StudyQueue.Pick pick = queue.next(me.id(), scope, s, now);
        if (pick.card().isPresent()) {
            return Optional.of(item(pick.card().get(), s, now));
        }
        return pick.newQuestionId().flatMap(id -> newItem(me.id(), id, s, now));
    }

    /** A given question as a card to answer now (practice, or opening a question from elsewhere). */
    @Transactional(readOnly = true)
    public Optional<StudyItem> item(String questionId) {
        AppUserDetails me = currentUser.require();
        StudySettings s = settings.current(me.id());
        Instant now = clock.instant();
        return cards.findByLearnerIdAndQuestionId(me.id(), questionId)
                .map(c -> Optional.of(item(c, s, now)))
                .orElseGet(() -> newItem(me.id(), questionId, s, now));
    }

    /**
     * A practice round: {@code count} (5 to 50) questions of the scope, or all of them when it has fewer,
     * in a random order that the seed fixes. Due or not, suspended or not: practice is answering ahead.
     */
    @Transactional(readOnly = true)
    public List<String> practice(StudyScope scope, int count, long seed) {
        currentUser.require();
        if (count < PRACTICE_MIN || count > PRACTICE_MAX) {
            throw new InvalidInputException(Map.of("count", "study.practice.error.count"));
        }
        List<String> ids = new ArrayList<>(scopes.questionIds(scope == null ? StudyScope.WHOLE_BANK : scope));
        Collections.shuffle(ids, new Random(seed));
        return List.copyOf(ids.subList(0, Math.min(count, ids.size())));
    }

    /** New, learning and review cards left today in the scope. */
    @Transactional(readOnly = true)
    public QueueCounts counts(StudyScope scope) {
        AppUserDetails me = currentUser.require();
        return queue.counts(me.id(), scope, settings.current(me.id()), clock.instant());
    }

    /** Grades a response without recording it: the result and the suggested rating. */
    @Transactional(readOnly = true)
    public Grade check(String questionId, Response response, Duration answerTime) {
        AppUserDetails me = currentUser.require();
        StoredQuestion q = question(questionId);
        return checker.grade(me.id(), q.question(), response, answerTime)
                .orElseThrow(() -> new InvalidInputException(Map.of("response", "study.error.self-graded")));
    }

    /**
     * Records an answer: the new card state and one review-log row, in one transaction. Refused with
     * {@link StaleAnswerException} when the card changed since it was shown or the showing was already
     * answered; refused with {@link InvalidInputException} for bad input. Either way nothing is written.
     */
    @Transactional
    public AnswerResult answer(AnswerCommand cmd) {
        AppUserDetails me = currentUser.require();
        validate(cmd);
        if (logs.existsByLearnerIdAndRequestId(me.id(), cmd.requestId())) {
            throw new StaleAnswerException("This answer was already recorded.");
        }
        StoredQuestion q = question(cmd.questionId());
        Instant now = clock.instant();
        StudySettings s = settings.current(me.id());
        Optional<CardEntity> existing = cards.findByLearnerIdAndQuestionId(me.id(), cmd.questionId());
        CardEntity card;
        boolean created = existing.isEmpty();
        if (existing.isPresent()) {
            card = existing.get();
            if (cmd.cardVersion() == null || card.getVersion() != cmd.cardVersion()) {
                throw new StaleAnswerException("The card changed since it was shown.");
            }
        } else {
            if (cmd.cardVersion() != null) {
                throw new StaleAnswerException("The card changed since it was shown.");
            }
            card = new CardEntity(me.id(), cmd.questionId(), q.revision(), now);
            card = save(card);
        }
        Optional<Grade> grade = cmd.response().flatMap(r -> checker.grade(me.id(), q.question(), r, cmd.answerTime()));
        if (grade.map(g -> g.feedback() instanceof Feedback.Invalid invalid && invalid.problem() == Problem.MALFORMED)
                .orElse(false)) {
            throw new InvalidInputException(Map.of("response", "study.error.malformed"));
        }
        Double score = grade.map(Grade::score).orElse(null);
        ReviewResult result = Schedulers.of(s).review(card.toCard(), cmd.rating(), now);
        ReviewLogEntity log = new ReviewLogEntity(
                card,
                created,
                q.question().type(),
                q.revision(),
                cmd.requestId(),
                cmd.source(),
                score,
                cmd.answerTime().toMillis(),
                cmd.response().map(AnswerChecker::describe).orElse(null),
                result.log());
        card.apply(result.card());
        card.setSeenRevision(q.revision());
        card.setQuestionChanged(false);
        card.setBuriedUntil(null);
        boolean leech = result.log().stateBefore() == State.REVIEW
                && cmd.rating() == Rating.AGAIN
                && card.getLapses() >= LEECH_LAPSES
                && !card.isLeech();
        if (leech) {
            card.setLeech(true);
            card.setSuspended(true);
        }
        save(card);
        logs.save(log);
        return new AnswerResult(cmd.questionId(), card.getState(), card.getDue(), score, leech);
    }

    /**
     * Records the caller's graded answer to a quiz question into their memory model (source
     * {@link ReviewSource#QUIZ}), rated as the grader suggests. A quiz attempt has its own concurrency rules,
     * so the card is taken as it is now rather than as it was shown. A request id already recorded is not
     * recorded again: empty then.
     */
    @Transactional
    public Optional<AnswerResult> recordQuizAnswer(
            String questionId, Response response, Duration answerTime, String requestId) {
        AppUserDetails me = currentUser.require();
        if (requestId == null || logs.existsByLearnerIdAndRequestId(me.id(), requestId)) {
            return Optional.empty();
        }
        Grade grade = check(questionId, response, answerTime);
        Long version = cards.findByLearnerIdAndQuestionId(me.id(), questionId)
                .map(CardEntity::getVersion)
                .orElse(null);
        return Optional.of(answer(new AnswerCommand(
                questionId,
                version,
                requestId,
                grade.suggestedRating(),
                Optional.of(response),
                answerTime,
                ReviewSource.QUIZ)));
    }

    /** Undoes the caller's last study or practice answer: the card as it was, the log row gone. */
    @Transactional
    public Optional<String> undo() {
        AppUserDetails me = currentUser.require();
        Optional<ReviewLogEntity> last =
                logs.findFirstByLearnerIdOrderByIdDesc(me.id()).filter(StudyService::undoable);
        last.ifPresent(log -> {
            CardEntity card = cards.findById(log.getCardId()).orElseThrow();
            logs.delete(log);
            if (log.isCardCreated()) {
                cards.delete(card);
            } else {
                card.apply(log.previousCard(CardEntity.schedulerId(me.id(), card.getQuestionId())));
                card.setSuspended(log.isPrevSuspended());
                card.setLeech(log.isPrevLeech());
            }
        });
        return last.map(ReviewLogEntity::getQuestionId);
    }

    private static boolean undoable(ReviewLogEntity log) {
        return log.getSource() != ReviewSource.QUIZ && log.getSource() != ReviewSource.IMPORT;
    }

    /** Whether the caller has an answer that {@link #undo()} would take back. */
    @Transactional(readOnly = true)
    public boolean canUndo() {
        return logs.findFirstByLearnerIdOrderByIdDesc(currentUser.require().id())
                .filter(StudyService::undoable)
                .isPresent();
    }

    /** What the learner did since {@code since}, and what comes due next. */
    @Transactional(readOnly = true)
    public SessionSummary summary(Instant since) {
        AppUserDetails me = currentUser.require();
        StudySettings s = settings.current(me.id());
        List<ReviewLogEntity> done = logs.findSince(me.id(), since);
        int passed = (int)
                done.stream().filter(l -> l.getRating() > Rating.AGAIN.grade()).count();
        Duration time = Duration.ofMillis(
                done.stream().mapToLong(ReviewLogEntity::getAnswerMs).sum());
        Instant now = clock.instant();
        StudyDay today = StudyDay.of(now, s.zone(), s.dayStartHour());
        StudyDay tomorrow = StudyDay.of(today.end(), s.zone(), s.dayStartHour());
        return new SessionSummary(
                done.size(),
                passed,
                time,
                cards.nextDueFrom(me.id(), now),
                cards.countDueBetween(me.id(), tomorrow.start(), tomorrow.end()));
    }

    private StudyItem item(CardEntity card, StudySettings s, Instant now) {
        StoredQuestion q = question(card.getQuestionId());
        return new StudyItem(
                card.getQuestionId(),
                q,
                card.getVersion(),
                card.getState(),
                intervals(Schedulers.of(s), card.toCard(), now),
                card.isQuestionChanged(),
                newRequestId());
    }

    private Optional<StudyItem> newItem(long learner, String questionId, StudySettings s, Instant now) {
        return bank.question(questionId)
                .filter(q -> !q.retired())
                .map(q -> new StudyItem(
                        questionId,
                        q,
                        null,
                        State.NEW,
                        intervals(
                                Schedulers.of(s),
                                Card.createNew(CardEntity.schedulerId(learner, questionId), now),
                                now),
                        false,
                        newRequestId()));
    }

    private static Map<Rating, Duration> intervals(Scheduler scheduler, Card card, Instant now) {
        Preview preview = scheduler.preview(card, now);
        Map<Rating, Duration> out = new EnumMap<>(Rating.class);
        for (Rating r : Rating.values()) {
            out.put(r, Duration.between(now, preview.get(r).card().due()));
        }
        return out;
    }

    private StoredQuestion question(String id) {
        return bank.question(id)
                .filter(q -> !q.retired())
                .orElseThrow(() -> new InvalidInputException(Map.of("questionId", "study.error.no-question")));
    }

    private static void validate(AnswerCommand cmd) {
        if (cmd.questionId() == null || cmd.questionId().length() > 80) {
            throw new InvalidInputException(Map.of("questionId", "study.error.no-question"));
        }
        if (cmd.requestId() == null
                || cmd.requestId().isBlank()
                || cmd.requestId().length() > 40) {
            throw new InvalidInputException(Map.of("requestId", "study.error.request"));
        }
        if (cmd.rating() == null || cmd.source() == null) {
            throw new InvalidInputException(Map.of("rating", "study.error.rating"));
        }
        if (cmd.answerTime() == null
                || cmd.answerTime().isNegative()
                || cmd.answerTime().toDays() > 1) {
            throw new InvalidInputException(Map.of("answerTime", "study.error.time"));
        }
    }

    private CardEntity save(CardEntity card) {
        try {
            return cards.saveAndFlush(card);
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw new StaleAnswerException("The card changed since it was shown.");
        }
    }

    private static String newRequestId() {
        return UUID.randomUUID().toString();
    }
}
