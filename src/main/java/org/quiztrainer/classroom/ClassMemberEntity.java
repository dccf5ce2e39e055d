package org.quiztrainer.classroom;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A learner's membership of a class. */
@Entity
@Table(name = "class_member")
class ClassMemberEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long classId;
    private long learnerId;
    private Instant joinedAt;

    protected ClassMemberEntity() {}

    ClassMemberEntity(long classId, long learnerId, Instant joinedAt) {
        this.classId = classId;
        this.learnerId = learnerId;
        this.joinedAt = joinedAt;
    }

    long getClassId() {
        return classId;
    }

    long getLearnerId() {
        return learnerId;
    }

    Instant getJoinedAt() {
        return joinedAt;
    }
}
