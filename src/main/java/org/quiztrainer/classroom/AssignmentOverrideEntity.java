package org.quiztrainer.classroom;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An extension for one learner: another closing time and/or number of attempts. */
@Entity
@Table(name = "assignment_override")
class AssignmentOverrideEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @SuppressWarnings("UnusedVariable") // the repository finds overrides by it
    private long assignmentId;

    private long learnerId;
    private Instant closesAt;
    private Integer maxAttempts;

    @Version
    private long version;

    protected AssignmentOverrideEntity() {}

    AssignmentOverrideEntity(long assignmentId, long learnerId) {
        this.assignmentId = assignmentId;
        this.learnerId = learnerId;
    }

    Long getId() {
        return id;
    }

    long getLearnerId() {
        return learnerId;
    }

    Instant getClosesAt() {
        return closesAt;
    }

    Integer getMaxAttempts() {
        return maxAttempts;
    }

    void set(Instant closesAt, Integer maxAttempts) {
        this.closesAt = closesAt;
        this.maxAttempts = maxAttempts;
    }

    Extension toExtension() {
        return new Extension(learnerId, closesAt, maxAttempts);
    }
}
