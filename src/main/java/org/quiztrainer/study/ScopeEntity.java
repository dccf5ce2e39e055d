package org.quiztrainer.study;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The stored form of a {@link SavedScope}. */
@Entity
@Table(name = "study_scope")
class ScopeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "learner_id")
    private long learnerId;

    private String name;

    @Column(name = "topic_ids")
    private String topicIds;

    private String tags;

    @Column(name = "bank_ids")
    private String bankIds;

    @Version
    private long version;

    protected ScopeEntity() {}

    ScopeEntity(long learnerId, String name, StudyScope scope) {
        this.learnerId = learnerId;
        this.name = name;
        this.topicIds = String.join(",", scope.topicIds());
        this.tags = String.join(",", scope.tags());
        this.bankIds = scope.banks().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    long getLearnerId() {
        return learnerId;
    }

    SavedScope toSaved() {
        Set<Long> banks = split(bankIds == null ? "" : bankIds).stream()
                .map(Long::valueOf)
                .collect(Collectors.toSet());
        return new SavedScope(id, name, new StudyScope(split(topicIds), split(tags), banks));
    }

    private static Set<String> split(String joined) {
        return Arrays.stream(joined.split(",")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
    }
}
