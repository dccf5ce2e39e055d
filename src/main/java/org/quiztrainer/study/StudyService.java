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
import org.quiztrainer.srs.Leech;
import org.quiztrainer.srs.Preview;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.Scheduler;
import org.quiztrainer.srs.State;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Self-study for the logged-in learner: what comes next, checking and recording answers, undo. Each
 * answer is one transaction writing the new card state and one review-log row; a stale answer is refused.
 * Every method acts only on the caller's own cards, and never on a question their quizzes hold back
 * ({@link QuizHold}): those are not served, checked or recorded here.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class StudyService {

    /** A leech: a card that lapsed this many times is suspended, and again every half of it after (Anki). */
    public static final int LEECH_LAPSES = Leech.DEFAULT_THRESHOLD;
    /** The fewest and most questions of a practice round. */
    public static final int PRACTICE_MIN = 5;

    public static final int PRACTICE_MAX = 50;

    private final CardRepository cards;
    private final ReviewLogRepository logs;
    private final StudyQueue queue;
    private final ScopeResolver scopes;
    private final StudySettingsService settings;
    private final AnswerChecker checker;
    private final ReviewWriter writer;
    private final Quizzes quizzes;
    private final BankService bank;
    private final MemoryModels models;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate tx;

    StudyService(
            CardRepository cards,
            ReviewLogRepository logs,
            StudyQueue queue,
            ScopeResolver scopes,
            StudySettingsService settings,
            AnswerChecker checker,
            ReviewWriter writer,
            Quizzes quizzes,
            BankService bank,
            MemoryModels models,
            CurrentUser currentUser,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.cards = cards;
        this.logs = logs;
        this.queue = queue;
        this.scopes = scopes;
        this.settings = settings;
        this.checker = checker;
        this.writer = writer;
        this.quizzes = quizzes;
        this.bank = bank;
        this.models = models;
        this.currentUser = currentUser;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /** The next card of the scope, or empty when the day's work in it is done. */
    @Transactional(readOnly = true)
    public Optional<StudyItem> next(StudyScope scope) {
        AppUserDetails me = currentUser.require();
        StudySettings s = settings.current(me.id());
        Instant now = clock.instant();
        StudyQueue.Pick pick = queue.next(me.id(), scope, s, now, held(me.id(), now));
        if (pick.card().isPresent()) {
            return Optional.of(item(pick.card().get(), s, now));
        }
        return pick.newQuestionId().flatMap(id -> newItem(me.id(), id, s, now));
    }

    /**
     * A given question as a card to answer now (practice, or opening a question from elsewhere); empty when
     * it is not in the bank or one of the caller's quizzes holds it back.
     */
    @Transactional(readOnly = true)
    public Optional<StudyItem> item(String questionId) {
        AppUserDetails me = currentUser.require();
        StudySettings s = settings.current(me.id());
        Instant now = clock.instant();
        if (held(me.id(), now).holds(questionId)) {
            return Optional.empty();
        }
        return cards.findByLearnerIdAndQuestionId(me.id(), questionId)
                .map(c -> Optional.of(item(c, s, now)))
                .orElseGet(() -> newItem(me.id(), questionId, s, now));
    }

    /**
     * A practice round: {@code count} (5 to 50) questions of the scope, or all of them when it has fewer,
     * in a random order that the seed fixes. Due or not, suspended or not: practice is answering ahead. The
     * questions the caller's quizzes hold back are left out.
     */
    @Transactional(readOnly = true)
    public List<String> practice(StudyScope scope, int count, long seed) {
        AppUserDetails me = currentUser.require();
        if (count < PRACTICE_MIN || count > PRACTICE_MAX) {
            throw new InvalidInputException(Map.of("count", "study.practice.error.count"));
        }
        QuizHold hold = held(me.id(), clock.instant());
        List<String> ids = new ArrayList<>(scopes.questionIds(scope == null ? StudyScope.WHOLE_BANK : scope));
        ids.removeIf(hold::holds);
        Collections.shuffle(ids, new Random(seed));
        return List.copyOf(ids.subList(0, Math.min(count, ids.size())));
    }

    /** New, learning and review cards left today in the scope. */
    @Transactional(readOnly = true)
    public QueueCounts counts(StudyScope scope) {
        AppUserDetails me = currentUser.require();
        Instant now = clock.instant();
        return queue.counts(me.id(), scope, settings.current(me.id()), now, held(me.id(), now));
    }

    /** Grades a response without recording it: the result and the suggested rating. */
    @Transactional(readOnly = true)
    public Grade check(String questionId, Response response, Duration answerTime) {
        AppUserDetails me = currentUser.require();
        StoredQuestion q = studiable(me.id(), questionId, clock.instant());
        return checker.grade(me.id(), q.question(), response, answerTime)
                .orElseThrow(() -> new InvalidInputException(Map.of("response", "study.error.self-graded")));
    }

    /**
     * Records a study or practice answer: the new card state and one review-log row, in one transaction.
     * Refused with {@link StaleAnswerException} when the card changed since it was shown or the showing was
     * already answered (also when another tab answers the same new card at the same moment); refused with
     * {@link InvalidInputException} for bad input or a question a quiz holds back. Either way nothing is
     * written. Quiz answers are not recorded here: they enter the memory when their attempt is submitted.
     */
    public AnswerResult answer(AnswerCommand cmd) {
        AppUserDetails me = currentUser.require();
        validate(cmd);
        try {
            return tx.execute(status -> record(me.id(), cmd));
        } catch (ConcurrencyFailureException e) {
            throw new StaleAnswerException("The card is being answered in another tab.");
        } catch (DataIntegrityViolationException e) {
            if (Boolean.TRUE.equals(tx.execute(status -> answeredMeanwhile(me.id(), cmd)))) {
                throw new StaleAnswerException("The card was answered in another tab.");
            }
            throw e;
        }
    }

    private AnswerResult record(long me, AnswerCommand cmd) {
        if (logs.existsByLearnerIdAndRequestId(me, cmd.requestId())) {
            throw new StaleAnswerException("This answer was already recorded.");
        }
        Instant now = clock.instant();
        StoredQuestion q = studiable(me, cmd.questionId(), now);
        Optional<CardEntity> existing = cards.findByLearnerIdAndQuestionId(me, cmd.questionId());
        Long shownVersion = cmd.cardVersion();
        if (existing.map(c -> shownVersion == null || c.getVersion() != shownVersion)
                .orElse(shownVersion != null)) {
            throw new StaleAnswerException("The card changed since it was shown.");
        }
        Optional<Grade> grade = cmd.response().flatMap(r -> checker.grade(me, q.question(), r, cmd.answerTime()));
        if (grade.map(g -> g.feedback() instanceof Feedback.Invalid invalid && invalid.problem() == Problem.MALFORMED)
                .orElse(false)) {
            throw new InvalidInputException(Map.of("response", "study.error.malformed"));
        }
        return writer.write(
                me,
                q,
                existing,
                new ReviewWriter.Answer(
                        cmd.rating(),
                        grade.map(Grade::score).orElse(null),
                        cmd.response().map(AnswerChecker::describe).orElse(null),
                        cmd.answerTime(),
                        cmd.source(),
                        cmd.requestId(),
                        null),
                settings.current(me),
                now);
    }

    /** After a write conflict: whether another tab recorded this showing or changed the card first. */
    private boolean answeredMeanwhile(long me, AnswerCommand cmd) {
        return logs.existsByLearnerIdAndRequestId(me, cmd.requestId())
                || cards.findByLearnerIdAndQuestionId(me, cmd.questionId())
                        .map(c -> cmd.cardVersion() == null || c.getVersion() != cmd.cardVersion())
                        .orElse(false);
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

    /** What the learner did in study and practice since {@code since}, and what comes due next. */
    @Transactional(readOnly = true)
    public SessionSummary summary(Instant since) {
        AppUserDetails me = currentUser.require();
        StudySettings s = settings.current(me.id());
        List<ReviewLogEntity> done = logs.findSince(me.id(), since).stream()
                .filter(l -> l.getSource() != ReviewSource.QUIZ)
                .toList();
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

    /** What the caller's quizzes hold back from them now; progress shows quiz answers accordingly. */
    @Transactional(readOnly = true)
    public QuizHold held() {
        return held(currentUser.require().id(), clock.instant());
    }

    private QuizHold held(long learner, Instant now) {
        return quizzes.hold(learner, now);
    }

    private StudyItem item(CardEntity card, StudySettings s, Instant now) {
        StoredQuestion q = question(card.getQuestionId());
        return new StudyItem(
                card.getQuestionId(),
                q,
                card.getVersion(),
                card.getState(),
                intervals(models.scheduler(card.getLearnerId(), s), card.toCard(), now),
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
                                models.scheduler(learner, s),
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

    /** A live question the learner may study now: refused while a quiz holds it back. */
    private StoredQuestion studiable(long learner, String id, Instant now) {
        StoredQuestion q = question(id);
        if (held(learner, now).holds(id)) {
            throw new InvalidInputException(Map.of("questionId", "study.error.in-quiz"));
        }
        return q;
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
        if (cmd.rating() == null || cmd.source() == null || cmd.source() == ReviewSource.QUIZ) {
            throw new InvalidInputException(Map.of("rating", "study.error.rating"));
        }
        if (cmd.answerTime() == null
                || cmd.answerTime().isNegative()
                || cmd.answerTime().toDays() > 1) {
            throw new InvalidInputException(Map.of("answerTime", "study.error.time"));
        }
    }

    private static String newRequestId() {
        return UUID.randomUUID().toString();
    }
}
