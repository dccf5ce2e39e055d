package org.quiztrainer.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/** A topic as stored; a topic no longer in the files is retired. */
@Entity
@Table(name = "bank_topic")
public class TopicEntity {

    @Id
    private String id;

    @Column(name = "bank_id", nullable = false)
    private long bankId;

    @Column(name = "parent_id")
    private String parentId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(nullable = false)
    private boolean retired;

    @Version
    private Long version;

    protected TopicEntity() {}

    /** A topic of the built-in bank. */
    TopicEntity(String id) {
        this(id, Bank.BUILT_IN);
    }

    /** A topic of a bank. */
    TopicEntity(String id, long bankId) {
        this.id = id;
        this.bankId = bankId;
    }

    /** Copies the topic; returns whether anything changed. */
    boolean update(Topic t) {
        boolean same = !retired
                && Objects.equals(parentId, t.parentId())
                && sortOrder == t.order()
                && Objects.equals(nameZh, t.name().zh())
                && Objects.equals(nameEn, t.name().en());
        if (!same) {
            parentId = t.parentId();
            sortOrder = t.order();
            nameZh = t.name().zh();
            nameEn = t.name().en();
            retired = false;
        }
        return !same;
    }

    void retire() {
        retired = true;
    }

    /** The topic as a record. */
    public Topic toTopic() {
        return new Topic(id, parentId, sortOrder, new LocalizedText(nameZh, nameEn), new Location("topics.txt", 0));
    }

    public String getId() {
        return id;
    }

    public long getBankId() {
        return bankId;
    }

    public String getParentId() {
        return parentId;
    }

    public boolean isRetired() {
        return retired;
    }
}
