package org.quiztrainer.transfer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A stored import report; its details are JSON ({@link ImportReports}). */
@Entity
@Table(name = "import_report")
class ImportReportEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "bank_id", nullable = false)
    private long bankId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "user_name", nullable = false, length = 100)
    private String userName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "file_format", nullable = false, length = 20)
    private String fileFormat;

    @SuppressWarnings("UnusedVariable") // the counts are in the details too; columns for SQL readers
    private int questions;

    @SuppressWarnings("UnusedVariable")
    @Column(name = "created_count")
    private int createdCount;

    @SuppressWarnings("UnusedVariable")
    @Column(name = "updated_count")
    private int updatedCount;

    @SuppressWarnings("UnusedVariable")
    @Column(name = "unchanged_count")
    private int unchangedCount;

    @SuppressWarnings("UnusedVariable")
    @Column(name = "skipped_count")
    private int skippedCount;

    @SuppressWarnings("UnusedVariable")
    private int answers;

    @Column(nullable = false, length = 65535)
    private String details;

    @Version
    private long version;

    protected ImportReportEntity() {}

    ImportReportEntity(long bankId, long userId, String userName, Instant createdAt, ImportReport r, String details) {
        this.bankId = bankId;
        this.userId = userId;
        this.userName = userName;
        this.createdAt = createdAt;
        this.fileName = r.fileName().length() > 255 ? r.fileName().substring(0, 255) : r.fileName();
        this.fileFormat = r.format().code();
        this.questions = r.questions();
        this.createdCount = r.created();
        this.updatedCount = r.updated();
        this.unchangedCount = r.unchanged();
        this.skippedCount = r.skippedCount();
        this.answers = r.history().answers();
        this.details = details;
    }

    Long getId() {
        return id;
    }

    long getBankId() {
        return bankId;
    }

    long getUserId() {
        return userId;
    }

    String getUserName() {
        return userName;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getFileName() {
        return fileName;
    }

    String getFileFormat() {
        return fileFormat;
    }

    String getDetails() {
        return details;
    }
}
