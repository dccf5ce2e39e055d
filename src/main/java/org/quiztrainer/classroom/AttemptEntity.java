package org.quiztrainer.classroom;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One learner's attempt at an assignment: its questions in the order shown with the revision each had when it started,
 * and when it was submitted.
 */
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
    private String questionRevisions;
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
            List<Integer> revisions,
            long shuffleSeed,
            Instant startedAt) {
        this.assignmentId = assignmentId;
        this.learnerId = learnerId;
        this.attemptNumber = attemptNumber;
        this.questionIds = String.join(",", questionIds);
        this.questionRevisions = revisions.stream().map(String::valueOf).collect(Collectors.joining(","));
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

    /**
     * The revision of a question when the attempt started, which it shows and grades until submitted; 0 when not
     * known (attempts started before revisions were kept), meaning the current one.
     */
    int revisionOf(String questionId) {
        List<String> ids = questionIds();
        List<String> revisions = AssignmentEntity.split(questionRevisions);
        int i = ids.indexOf(questionId);
        return i >= 0 && i < revisions.size() ? Integer.parseInt(revisions.get(i)) : 0;
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
