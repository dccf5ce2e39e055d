package org.quiztrainer.study;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A learner's latest optimisation run; while RUNNING it is the lock against a second run. */
@Entity
@Table(name = "memory_optimisation")
class OptimisationEntity {

    @Id
    @Column(name = "learner_id")
    private Long learnerId;

    @Enumerated(EnumType.STRING)
    private OptimisationStatus status;

    @Column(name = "run_token")
    private String runToken;

    @Column(name = "started_at")
    private Instant startedAt;

    private double progress;

    @Column(name = "finished_at")
    private Instant finishedAt;

    private boolean reschedule;

    @Column(name = "review_count")
    private Integer reviewCount;

    @Column(name = "item_count")
    private Integer itemCount;

    @Column(name = "before_log_loss")
    private Double beforeLogLoss;

    @Column(name = "before_rmse")
    private Double beforeRmse;

    @Column(name = "after_log_loss")
    private Double afterLogLoss;

    @Column(name = "after_rmse")
    private Double afterRmse;

    @Column(name = "cards_updated")
    private Integer cardsUpdated;

    @Version
    private long version;

    protected OptimisationEntity() {}

    OptimisationEntity(long learnerId) {
        this.learnerId = learnerId;
    }

    /** Starts a new run: status RUNNING, the previous run's figures cleared. */
    void start(String token, Instant at, boolean rescheduleDue) {
        status = OptimisationStatus.RUNNING;
        runToken = token;
        startedAt = at;
        progress = 0;
        finishedAt = null;
        reschedule = rescheduleDue;
        reviewCount = null;
        itemCount = null;
        beforeLogLoss = null;
        beforeRmse = null;
        afterLogLoss = null;
        afterRmse = null;
        cardsUpdated = null;
    }

    void finish(
            OptimisationStatus outcome,
            Instant at,
            Integer reviews,
            Integer items,
            FitFigures before,
            FitFigures after,
            Integer cards) {
        status = outcome;
        progress = 1;
        finishedAt = at;
        reviewCount = reviews;
        itemCount = items;
        beforeLogLoss = before == null ? null : before.logLoss();
        beforeRmse = before == null ? null : before.rmseBins();
        afterLogLoss = after == null ? null : after.logLoss();
        afterRmse = after == null ? null : after.rmseBins();
        cardsUpdated = cards;
    }

    OptimisationRun toRun() {
        return new OptimisationRun(
                status,
                progress,
                startedAt,
                finishedAt,
                reschedule,
                reviewCount,
                itemCount,
                beforeLogLoss == null ? null : new FitFigures(beforeLogLoss, beforeRmse),
                afterLogLoss == null ? null : new FitFigures(afterLogLoss, afterRmse),
                cardsUpdated);
    }

    OptimisationStatus getStatus() {
        return status;
    }

    String getRunToken() {
        return runToken;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    boolean isReschedule() {
        return reschedule;
    }
}
