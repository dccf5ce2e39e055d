package org.quiztrainer.bank;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A co-editor of a bank. */
@Entity
@Table(name = "bank_editor")
class BankEditorEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long bankId;
    private long userId;

    @Version
    private long version;

    protected BankEditorEntity() {}

    BankEditorEntity(long bankId, long userId) {
        this.bankId = bankId;
        this.userId = userId;
    }

    long getBankId() {
        return bankId;
    }

    long getUserId() {
        return userId;
    }
}
