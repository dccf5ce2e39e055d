package org.quiztrainer.study;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.quiztrainer.srs.Card;
import org.quiztrainer.srs.State;

/** One learner's memory of one question: the scheduler's card plus suspension, burying and leech marks. */
@Entity
@Table(name = "study_card")
class CardEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(name = "question_id", nullable = false)
    private String questionId;

    @Column(name = "seen_revision", nullable = false)
    private int seenRevision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    private int step;
    private double stability;
    private double difficulty;

    @Column(nullable = false)
    private Instant due;

    @Column(name = "last_review")
    private Instant lastReview;

    @Column(name = "elapsed_days")
    private long elapsedDays;

    @Column(name = "scheduled_days")
    private long scheduledDays;

    private int reps;
    private int lapses;
    private boolean suspended;
    private boolean leech;

    @Column(name = "buried_until")
    private Instant buriedUntil;

    @Column(name = "question_changed")
    private boolean questionChanged;

    @Version
    private long version;

    protected CardEntity() {}

    CardEntity(long learnerId, String questionId, int seenRevision, Instant now) {
        this.learnerId = learnerId;
        this.questionId = questionId;
        this.seenRevision = seenRevision;
        apply(Card.createNew(schedulerId(learnerId, questionId), now));
    }

    /** The id the scheduler sees; it seeds the interval fuzz, so it must stay the same for the card's life. */
    static String schedulerId(long learnerId, String questionId) {
        return learnerId + ":" + questionId;
    }

    Card toCard() {
        return new Card(
                schedulerId(learnerId, questionId),
                state,
                step,
                stability,
                difficulty,
                due,
                lastReview,
                elapsedDays,
                scheduledDays,
                reps,
                lapses);
    }

    void apply(Card card) {
        state = card.state();
        step = card.step();
        stability = card.stability();
        difficulty = card.difficulty();
        due = card.due();
        lastReview = card.lastReview();
        elapsedDays = card.elapsedDays();
        scheduledDays = card.scheduledDays();
        reps = card.reps();
        lapses = card.lapses();
    }

    Long getId() {
        return id;
    }

    long getLearnerId() {
        return learnerId;
    }

    String getQuestionId() {
        return questionId;
    }

    int getSeenRevision() {
        return seenRevision;
    }

    void setSeenRevision(int seenRevision) {
        this.seenRevision = seenRevision;
    }

    State getState() {
        return state;
    }

    Instant getDue() {
        return due;
    }

    int getLapses() {
        return lapses;
    }

    boolean isSuspended() {
        return suspended;
    }

    void setSuspended(boolean suspended) {
        this.suspended = suspended;
    }

    boolean isLeech() {
        return leech;
    }

    void setLeech(boolean leech) {
        this.leech = leech;
    }

    Instant getBuriedUntil() {
        return buriedUntil;
    }

    void setBuriedUntil(Instant buriedUntil) {
        this.buriedUntil = buriedUntil;
    }

    boolean isQuestionChanged() {
        return questionChanged;
    }

    void setQuestionChanged(boolean questionChanged) {
        this.questionChanged = questionChanged;
    }

    long getVersion() {
        return version;
    }

    /** Whether the card may be shown at {@code now}: not suspended and not buried. */
    boolean isAvailableAt(Instant now) {
        return !suspended && (buriedUntil == null || !now.isBefore(buriedUntil));
    }
}
