package org.quiztrainer.study;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.quiztrainer.srs.Parameters;

/** A learner's fitted FSRS-6 weights and how well they fitted when they were fitted. */
@Entity
@Table(name = "memory_model")
class MemoryModelEntity {

    @Id
    @Column(name = "learner_id")
    private Long learnerId;

    private String weights;

    @Column(name = "fitted_at")
    private Instant fittedAt;

    @Column(name = "review_count")
    private int reviewCount;

    @Column(name = "item_count")
    private int itemCount;

    @Column(name = "log_loss")
    private double logLoss;

    @Column(name = "rmse_bins")
    private double rmseBins;

    @Version
    private long version;

    protected MemoryModelEntity() {}

    MemoryModelEntity(long learnerId) {
        this.learnerId = learnerId;
    }

    void fitted(List<Double> newWeights, Instant at, int reviews, int items, FitFigures figures) {
        if (newWeights.size() != Parameters.WEIGHT_COUNT) {
            throw new IllegalArgumentException("FSRS-6 has " + Parameters.WEIGHT_COUNT + " weights");
        }
        this.weights = newWeights.stream().map(w -> Double.toString(w)).collect(Collectors.joining(","));
        this.fittedAt = at;
        this.reviewCount = reviews;
        this.itemCount = items;
        this.logLoss = figures.logLoss();
        this.rmseBins = figures.rmseBins();
    }

    /** The weights; empty if the stored text is not 21 finite numbers. */
    Optional<List<Double>> weights() {
        try {
            List<Double> parsed = Arrays.stream(weights.split(","))
                    .map(w -> Double.parseDouble(w.trim()))
                    .toList();
            if (parsed.size() == Parameters.WEIGHT_COUNT && parsed.stream().allMatch(Double::isFinite)) {
                return Optional.of(parsed);
            }
        } catch (NumberFormatException e) {
            // falls back below
        }
        return Optional.empty();
    }

    long getLearnerId() {
        return learnerId;
    }

    Instant getFittedAt() {
        return fittedAt;
    }

    int getReviewCount() {
        return reviewCount;
    }

    int getItemCount() {
        return itemCount;
    }

    FitFigures figures() {
        return new FitFigures(logLoss, rmseBins);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "MemoryModelEntity[learner %d, fitted %s]", learnerId, fittedAt);
    }
}
