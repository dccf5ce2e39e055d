package org.quiztrainer.classroom;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/** One learner's attempt at an assignment: its questions in the order shown, and when it was submitted. */
@Entity
@Table(name = "attempt")
class AttemptEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long assignmentId;
    private long learnerId;
    private int attemptNumber;
    private String questionIds;
    private long shuffleSeed;
    private Instant startedAt;
    private Instant submittedAt;
    private Double score;
    private boolean memoryRecorded;

    @Version
    private long version;

    protected AttemptEntity() {}

    AttemptEntity(
            long assignmentId,
            long learnerId,
            int attemptNumber,
            List<String> questionIds,
            long shuffleSeed,
            Instant startedAt) {
        this.assignmentId = assignmentId;
        this.learnerId = learnerId;
        this.attemptNumber = attemptNumber;
        this.questionIds = String.join(",", questionIds);
        this.shuffleSeed = shuffleSeed;
        this.startedAt = startedAt;
    }

    Long getId() {
        return id;
    }

    long getAssignmentId() {
        return assignmentId;
    }

    long getLearnerId() {
        return learnerId;
    }

    int getAttemptNumber() {
        return attemptNumber;
    }

    List<String> questionIds() {
        return AssignmentEntity.split(questionIds);
    }

    long getShuffleSeed() {
        return shuffleSeed;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    boolean isSubmitted() {
        return submittedAt != null;
    }

    Double getScore() {
        return score;
    }

    void submit(Instant at, double score) {
        this.submittedAt = at;
        this.score = score;
    }

    void setScore(double score) {
        this.score = score;
    }

    /** Whether the submitted answers are in the learner's memory model. */
    boolean isMemoryRecorded() {
        return memoryRecorded;
    }

    void setMemoryRecorded(boolean memoryRecorded) {
        this.memoryRecorded = memoryRecorded;
    }

    long getVersion() {
        return version;
    }
}
