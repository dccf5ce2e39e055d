package org.quiztrainer.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/** One version of a question, kept for history; never changed after it is written. */
@Entity
@Table(name = "bank_question_revision")
@IdClass(QuestionRevisionEntity.Key.class)
public class QuestionRevisionEntity {

    /** The key of a revision: the question and its revision number. */
    public record Key(String questionId, int revision) implements Serializable {}

    @Id
    @Column(name = "question_id", nullable = false, length = 80)
    private String questionId;

    @Id
    @Column(nullable = false)
    private int revision;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(nullable = false, length = 65535)
    private String content;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private Long version;

    protected QuestionRevisionEntity() {}

    QuestionRevisionEntity(QuestionEntity current) {
        questionId = current.getId();
        revision = current.getRevision();
        contentHash = current.getContentHash();
        content = current.getContent();
        createdAt = current.getChangedAt();
    }

    public String getQuestionId() {
        return questionId;
    }

    public int getRevision() {
        return revision;
    }

    public String getContent() {
        return content;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
