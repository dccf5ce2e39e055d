package org.quiztrainer.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A unit of numeric answers as last loaded, stored as JSON. */
@Entity
@Table(name = "bank_unit")
public class UnitEntity {

    @Id
    private String id;

    @Column(nullable = false, length = 4000)
    private String content;

    @Version
    private Long version;

    protected UnitEntity() {}

    UnitEntity(String id) {
        this.id = id;
    }

    /** Stores the unit's JSON if it differs; whether it did. */
    boolean update(String json) {
        if (json.equals(content)) {
            return false;
        }
        content = json;
        return true;
    }

    public String getId() {
        return id;
    }

    public String getContent() {
        return content;
    }
}
