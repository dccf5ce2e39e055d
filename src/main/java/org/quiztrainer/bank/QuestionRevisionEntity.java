package org.quiztrainer.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of a question, kept for history; never changed after it is written. */
@Entity
@Table(name = "bank_question_revision")
public class QuestionRevisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "question_id", nullable = false, length = 80)
    private String questionId;

    @Column(nullable = false)
    private int revision;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(nullable = false, length = 65535)
    private String content;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected QuestionRevisionEntity() {
    }

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
