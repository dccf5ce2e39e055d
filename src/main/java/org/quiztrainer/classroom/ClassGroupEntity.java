package org.quiztrainer.classroom;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A class an instructor runs: a name, a join code, and whether learners may still join with it. */
@Entity
@Table(name = "class_group")
class ClassGroupEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private long instructorId;
    private String joinCode;
    private boolean joiningOpen = true;
    private Instant createdAt;

    @Version
    private long version;

    protected ClassGroupEntity() {}

    ClassGroupEntity(String name, long instructorId, String joinCode, Instant createdAt) {
        this.name = name;
        this.instructorId = instructorId;
        this.joinCode = joinCode;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    long getInstructorId() {
        return instructorId;
    }

    String getJoinCode() {
        return joinCode;
    }

    void setJoinCode(String joinCode) {
        this.joinCode = joinCode;
    }

    boolean isJoiningOpen() {
        return joiningOpen;
    }

    void setJoiningOpen(boolean joiningOpen) {
        this.joiningOpen = joiningOpen;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
