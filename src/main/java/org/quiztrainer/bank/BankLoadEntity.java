package org.quiztrainer.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The last load of a bank folder: what the folder held (its fingerprint) and the report, for every node. */
@Entity
@Table(name = "bank_load")
class BankLoadEntity {

    @Id
    private String id;

    @Column(nullable = false, length = 64)
    private String fingerprint;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    @Column(name = "loaded_by", nullable = false, length = 200)
    private String loadedBy;

    @Column(nullable = false, length = 1_000_000)
    private String report;

    @Version
    private long version;

    protected BankLoadEntity() {}

    BankLoadEntity(String id) {
        this.id = id;
    }

    void record(String fingerprint, Instant at, String node, String report) {
        this.fingerprint = fingerprint;
        this.loadedAt = at;
        this.loadedBy = node;
        this.report = report;
    }

    String getFingerprint() {
        return fingerprint;
    }

    String getLoadedBy() {
        return loadedBy;
    }

    String getReport() {
        return report;
    }
}
