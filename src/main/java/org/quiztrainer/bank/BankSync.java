package org.quiztrainer.bank;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a valid bank into the database, idempotently: an unchanged question (same content hash) is
 * not touched, a changed one gets the next revision and a history row, a removed one is retired,
 * never deleted. Runs in one transaction: a failure writes nothing.
 */
@Component
class BankSync {

    private final TopicRepository topics;
    private final QuestionRepository questions;
    private final QuestionRevisionRepository revisions;
    private final ApplicationEventPublisher events;

    BankSync(TopicRepository topics, QuestionRepository questions, QuestionRevisionRepository revisions,
             ApplicationEventPublisher events) {
        this.topics = topics;
        this.questions = questions;
        this.revisions = revisions;
        this.events = events;
    }

    @Transactional
    public SyncResult sync(QuestionBank bank, Instant now) {
        syncTopics(bank);
        Map<String, QuestionEntity> stored = questions.findAll().stream()
                .collect(Collectors.toMap(QuestionEntity::getId, Function.identity()));
        Set<String> added = new HashSet<>();
        Set<String> changed = new HashSet<>();
        int unchanged = 0;
        for (Question q : bank.questions()) {
            String json = QuestionCodec.encode(q);
            String hash = QuestionCodec.hash(json);
            QuestionEntity e = stored.remove(q.id());
            if (e == null) {
                e = new QuestionEntity(q.id());
                e.newRevision(q, json, hash, now);
                questions.save(e);
                revisions.save(new QuestionRevisionEntity(e));
                added.add(q.id());
            } else if (!e.getContentHash().equals(hash)) {
                e.newRevision(q, json, hash, now);
                revisions.save(new QuestionRevisionEntity(e));
                changed.add(q.id());
            } else if (e.isRetired()) {
                e.restore(now);
                changed.add(q.id());
            } else {
                unchanged++;
            }
        }
        Set<String> retired = new HashSet<>();
        for (QuestionEntity gone : stored.values()) {
            if (!gone.isRetired()) {
                gone.retire(now);
                retired.add(gone.getId());
            }
        }
        if (!changed.isEmpty() || !retired.isEmpty()) {
            events.publishEvent(new BankChanged(changed, retired));
        }
        return new SyncResult(added, changed, retired, unchanged);
    }

    private void syncTopics(QuestionBank bank) {
        Map<String, TopicEntity> stored = topics.findAll().stream()
                .collect(Collectors.toMap(TopicEntity::getId, Function.identity()));
        for (Topic t : bank.topics()) {
            TopicEntity e = stored.remove(t.id());
            if (e == null) {
                e = new TopicEntity(t.id());
                e.update(t);
                topics.save(e);
            } else {
                e.update(t);
            }
        }
        stored.values().stream().filter(e -> !e.isRetired()).forEach(TopicEntity::retire);
    }
}
