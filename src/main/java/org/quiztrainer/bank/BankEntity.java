package org.quiztrainer.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;

/** A bank's settings as stored; its co-editors and shares are rows of their own. */
@Entity
@Table(name = "bank")
class BankEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private BankLanguages languages;

    private Long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Visibility visibility;

    private boolean builtIn;
    /** Raised by {@link BankRepository#reserveQuestions} and read with an update, never through this field. */
    private long questionCounter;

    /** Raised by {@link BankRepository#reserveTopics}. */
    private long topicCounter;

    private boolean retired;
    private Instant createdAt;
    private Instant changedAt;

    @Version
    private long version;

    protected BankEntity() {}

    BankEntity(long ownerId, Instant now) {
        this.ownerId = ownerId;
        this.createdAt = now;
        this.changedAt = now;
    }

    void update(BankSettings s, Instant now) {
        title = s.title();
        description = s.description();
        languages = s.languages();
        visibility = s.visibility();
        changedAt = now;
    }

    void retire(Instant now) {
        retired = true;
        changedAt = now;
    }

    Bank toBank(Set<Long> editors, Set<Long> classes) {
        return new Bank(id, title, description, languages, visibility, ownerId, editors, classes, retired, version);
    }

    Long getId() {
        return id;
    }

    Long getOwnerId() {
        return ownerId;
    }

    boolean isBuiltIn() {
        return builtIn;
    }

    long getVersion() {
        return version;
    }
}
