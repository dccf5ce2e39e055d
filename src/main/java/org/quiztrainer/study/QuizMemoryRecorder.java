package org.quiztrainer.study;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.StoredQuestion;
import org.quiztrainer.grading.Grade;
import org.quiztrainer.srs.Rating;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts a submitted attempt's answers into its learner's memory model (source {@link ReviewSource#QUIZ}):
 * each answer submitted, once, rated as the grader suggests (Again when the learner settled on it after a
 * verdict that was not fully right). It runs after the submission committed, in transactions of its own, so
 * a conflict with the learner's studying never costs a quiz answer: a conflict is retried, and what still
 * fails (or was missed by a crash) is picked up by a periodic catch-up. Each answer is recorded under a
 * request id made from the attempt and the question, so running twice (or on two nodes) records it once.
 */
@Component
class QuizMemoryRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(QuizMemoryRecorder.class);
    static final int TRIES = 3;
    static final int BATCH = 100;

    private final Quizzes quizzes;
    private final CardRepository cards;
    private final ReviewLogRepository logs;
    private final ReviewWriter writer;
    private final AnswerChecker checker;
    private final StudySettingsService settings;
    private final BankService bank;
    private final Clock clock;
    private final TransactionTemplate tx;

    QuizMemoryRecorder(
            Quizzes quizzes,
            CardRepository cards,
            ReviewLogRepository logs,
            ReviewWriter writer,
            AnswerChecker checker,
            StudySettingsService settings,
            BankService bank,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.quizzes = quizzes;
        this.cards = cards;
        this.logs = logs;
        this.writer = writer;
        this.checker = checker;
        this.settings = settings;
        this.bank = bank;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records a submitted attempt as soon as its submission committed. */
    @TransactionalEventListener(fallbackExecution = true)
    void onSubmitted(QuizSubmitted event) {
        record(event.attemptId());
    }

    /** Records what earlier runs missed; returns how many attempts it looked at. */
    @Scheduled(fixedDelayString = "${app.quiz-memory-ms:60000}", initialDelayString = "${app.quiz-memory-ms:60000}")
    int catchUp() {
        var ids = quizzes.unrecorded(BATCH);
        ids.forEach(this::record);
        return ids.size();
    }

    /** Records one attempt, retrying a write conflict; whether it is recorded now. */
    boolean record(long attemptId) {
        for (int i = 1; i <= TRIES; i++) {
            try {
                tx.executeWithoutResult(status -> recordOnce(attemptId));
                return true;
            } catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
                LOG.info("Quiz attempt {}: memory update conflicted (try {} of {})", attemptId, i, TRIES);
            }
        }
        LOG.warn("Quiz attempt {}: memory update left to the next catch-up", attemptId);
        return false;
    }

    private void recordOnce(long attemptId) {
        Optional<SubmittedQuiz> found = quizzes.toRecord(attemptId);
        if (found.isEmpty()) {
            return;
        }
        SubmittedQuiz quiz = found.get();
        long learner = quiz.learnerId();
        StudySettings s = settings.current(learner);
        Instant now = clock.instant();
        for (QuizAnswer a : quiz.answers()) {
            String requestId = requestId(attemptId, a.questionId());
            Optional<StoredQuestion> q = bank.question(a.questionId())
                    .filter(x -> !x.retired())
                    .filter(x -> a.revision() <= 0 || x.revision() == a.revision());
            if (q.isEmpty() || logs.existsByLearnerIdAndRequestId(learner, requestId)) {
                continue;
            }
            Optional<Grade> grade = checker.grade(learner, q.get().question(), a.response(), a.answerTime());
            if (grade.isEmpty()) {
                continue;
            }
            Rating rating = a.hinted() ? Rating.AGAIN : grade.get().suggestedRating();
            writer.write(
                    learner,
                    q.get(),
                    cards.findByLearnerIdAndQuestionId(learner, a.questionId()),
                    new ReviewWriter.Answer(
                            rating,
                            grade.get().score(),
                            AnswerChecker.describe(a.response()),
                            a.answerTime(),
                            ReviewSource.QUIZ,
                            requestId,
                            attemptId),
                    s,
                    now);
        }
        quizzes.markRecorded(attemptId);
    }

    /** The review-log request id of a quiz answer: one per attempt and question. */
    static String requestId(long attemptId, String questionId) {
        return UUID.nameUUIDFromBytes(("quiz:" + attemptId + ":" + questionId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
