package org.quiztrainer.bank;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A class a bank is shared with. */
@Entity
@Table(name = "bank_share")
class BankShareEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long bankId;
    private long classId;

    @Version
    private long version;

    protected BankShareEntity() {}

    BankShareEntity(long bankId, long classId) {
        this.bankId = bankId;
        this.classId = classId;
    }

    long getBankId() {
        return bankId;
    }

    long getClassId() {
        return classId;
    }
}
