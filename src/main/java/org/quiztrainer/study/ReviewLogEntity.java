package org.quiztrainer.study;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.quiztrainer.bank.QuestionType;
import org.quiztrainer.srs.ReviewLog;
import org.quiztrainer.srs.State;

/**
 * One answer: what was asked, what the learner answered and rated, what the scheduler made of it, and
 * the card as it was before (so the answer can be undone exactly).
 */
@Entity
@Table(name = "review_log")
class ReviewLogEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "learner_id")
    private long learnerId;

    @Column(name = "card_id")
    private long cardId;

    @Column(name = "question_id")
    private String questionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "question_type")
    private QuestionType questionType;

    @Column(name = "question_revision")
    private int questionRevision;

    @Column(name = "request_id")
    private String requestId;

    @Enumerated(EnumType.STRING)
    private ReviewSource source;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    private int rating;
    private Double score;

    @Column(name = "answer_ms")
    private long answerMs;

    @SuppressWarnings("UnusedVariable") // the answer as given, kept in the log; no screen shows it yet
    private String response;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_before")
    private State stateBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_after")
    private State stateAfter;

    @Column(name = "elapsed_days")
    private long elapsedDays;

    @Column(name = "scheduled_days")
    private long scheduledDays;

    @SuppressWarnings("UnusedVariable") // read with SQL by progress
    private Double retrievability;

    @SuppressWarnings("UnusedVariable") // read with SQL by progress
    private double stability;

    @SuppressWarnings("UnusedVariable") // read with SQL by progress
    private double difficulty;

    @Column(name = "due_after")
    private Instant dueAfter;

    @Enumerated(EnumType.STRING)
    @Column(name = "prev_state")
    private State prevState;

    @Column(name = "prev_step")
    private int prevStep;

    @Column(name = "prev_stability")
    private double prevStability;

    @Column(name = "prev_difficulty")
    private double prevDifficulty;

    @Column(name = "prev_due")
    private Instant prevDue;

    @Column(name = "prev_last_review")
    private Instant prevLastReview;

    @Column(name = "prev_elapsed_days")
    private long prevElapsedDays;

    @Column(name = "prev_scheduled_days")
    private long prevScheduledDays;

    @Column(name = "prev_reps")
    private int prevReps;

    @Column(name = "prev_lapses")
    private int prevLapses;

    @Column(name = "prev_suspended")
    private boolean prevSuspended;

    @Column(name = "prev_leech")
    private boolean prevLeech;

    @Column(name = "card_created")
    private boolean cardCreated;

    @Column(name = "attempt_id")
    private Long attemptId;

    protected ReviewLogEntity() {}

    ReviewLogEntity(
            CardEntity before,
            boolean cardCreated,
            QuestionType type,
            int revision,
            String requestId,
            ReviewSource source,
            Double score,
            long answerMs,
            String response,
            ReviewLog log) {
        org.quiztrainer.srs.Card prev = before.toCard();
        this.learnerId = before.getLearnerId();
        this.cardId = before.getId();
        this.questionId = before.getQuestionId();
        this.questionType = type;
        this.questionRevision = revision;
        this.requestId = requestId;
        this.source = source;
        this.reviewedAt = log.reviewedAt();
        this.rating = log.rating().grade();
        this.score = score;
        this.answerMs = answerMs;
        this.response = response;
        this.stateBefore = log.stateBefore();
        this.stateAfter = log.state();
        this.elapsedDays = log.elapsedDays();
        this.scheduledDays = log.scheduledDays();
        this.retrievability = log.retrievability();
        this.stability = log.stability();
        this.difficulty = log.difficulty();
        this.dueAfter = log.due();
        this.prevState = prev.state();
        this.prevStep = prev.step();
        this.prevStability = prev.stability();
        this.prevDifficulty = prev.difficulty();
        this.prevDue = prev.due();
        this.prevLastReview = prev.lastReview();
        this.prevElapsedDays = prev.elapsedDays();
        this.prevScheduledDays = prev.scheduledDays();
        this.prevReps = prev.reps();
        this.prevLapses = prev.lapses();
        this.prevSuspended = before.isSuspended();
        this.prevLeech = before.isLeech();
        this.cardCreated = cardCreated;
    }

    /** The card exactly as it was before this answer. */
    org.quiztrainer.srs.Card previousCard(String schedulerId) {
        return new org.quiztrainer.srs.Card(
                schedulerId,
                prevState,
                prevStep,
                prevStability,
                prevDifficulty,
                prevDue,
                prevLastReview,
                prevElapsedDays,
                prevScheduledDays,
                prevReps,
                prevLapses);
    }

    Long getId() {
        return id;
    }

    long getCardId() {
        return cardId;
    }

    String getQuestionId() {
        return questionId;
    }

    QuestionType getQuestionType() {
        return questionType;
    }

    ReviewSource getSource() {
        return source;
    }

    Instant getReviewedAt() {
        return reviewedAt;
    }

    int getRating() {
        return rating;
    }

    Double getScore() {
        return score;
    }

    long getAnswerMs() {
        return answerMs;
    }

    State getStateBefore() {
        return stateBefore;
    }

    boolean isPrevSuspended() {
        return prevSuspended;
    }

    boolean isPrevLeech() {
        return prevLeech;
    }

    boolean isCardCreated() {
        return cardCreated;
    }

    /** The quiz attempt this answer came from, or null for study and practice. */
    Long getAttemptId() {
        return attemptId;
    }

    void setAttemptId(Long attemptId) {
        this.attemptId = attemptId;
    }
}
