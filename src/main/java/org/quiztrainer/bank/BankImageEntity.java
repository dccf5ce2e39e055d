package org.quiztrainer.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An image uploaded into a bank, with its bytes: every node serves it from the database. */
@Entity
@Table(name = "bank_image")
class BankImageEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long bankId;

    @Column(nullable = false, length = 16)
    private String mediaType;

    private int byteCount;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(nullable = false, length = 200)
    private String fileName;

    @Column(nullable = false, length = ImageCheck.MAX_BYTES)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    private byte[] bytes;

    private Long createdBy;
    private Instant createdAt;

    @Version
    private long version;

    protected BankImageEntity() {}

    BankImageEntity(long bankId, ImageCheck.Checked image, String fileName, Long createdBy, Instant now) {
        this.bankId = bankId;
        this.mediaType = image.mediaType();
        this.byteCount = image.bytes().length;
        this.sha256 = image.sha256();
        this.fileName = fileName;
        this.bytes = image.bytes().clone();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    Long getId() {
        return id;
    }

    long getBankId() {
        return bankId;
    }

    String getSha256() {
        return sha256;
    }

    String getMediaType() {
        return mediaType;
    }

    byte[] getBytes() {
        return bytes.clone();
    }
}
