package org.quiztrainer.bank;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the built-in bank (read from its folder) into the database, idempotently; it never touches a topic or
 * question of another bank: an unchanged question (same content hash) is
 * not touched, a changed one gets the next revision and a history row, a removed one is retired,
 * never deleted. Runs in one transaction: a failure writes nothing. It publishes nothing: {@link BankLoader}
 * announces the change once it committed.
 */
@Component
class BankSync {

    private final TopicRepository topics;
    private final QuestionRepository questions;
    private final QuestionRevisionRepository revisions;
    private final UnitRepository units;

    BankSync(
            TopicRepository topics,
            QuestionRepository questions,
            QuestionRevisionRepository revisions,
            UnitRepository units) {
        this.units = units;
        this.topics = topics;
        this.questions = questions;
        this.revisions = revisions;
    }

    /** What a sync compares without loading a question: its id, content hash and retired flag. */
    record Fingerprint(String id, String hash, boolean retired) {}

    @Transactional
    public SyncResult sync(QuestionBank bank, Instant now) {
        boolean structure = syncTopics(bank);
        structure |= syncUnits(bank);
        Map<String, Fingerprint> stored = questions.fingerprints(Bank.BUILT_IN).stream()
                .collect(Collectors.toMap(Fingerprint::id, Function.identity()));
        Set<String> added = new HashSet<>();
        Set<String> changed = new HashSet<>();
        int unchanged = 0;
        for (Question q : bank.questions()) {
            String json = QuestionCodec.encode(q);
            String hash = QuestionCodec.hash(json);
            Fingerprint known = stored.remove(q.id());
            if (known == null) {
                QuestionEntity e = new QuestionEntity(q.id());
                e.newRevision(q, json, hash, now);
                questions.save(e);
                revisions.save(new QuestionRevisionEntity(e));
                added.add(q.id());
            } else if (!known.hash().equals(hash)) {
                QuestionEntity e = questions.findById(q.id()).orElseThrow();
                e.newRevision(q, json, hash, now);
                revisions.save(new QuestionRevisionEntity(e));
                changed.add(q.id());
            } else if (known.retired()) {
                questions.findById(q.id()).orElseThrow().restore(now);
                changed.add(q.id());
            } else {
                unchanged++;
            }
        }
        Set<String> retired = stored.values().stream()
                .filter(f -> !f.retired())
                .map(Fingerprint::id)
                .collect(Collectors.toSet());
        questions.findAllById(retired).forEach(e -> e.retire(now));
        return new SyncResult(added, changed, retired, unchanged, structure);
    }

    /** Writes the units; whether any was added, changed or removed. */
    private boolean syncUnits(QuestionBank bank) {
        Map<String, UnitEntity> stored =
                units.findAll().stream().collect(Collectors.toMap(UnitEntity::getId, Function.identity()));
        boolean changed = false;
        for (Unit u : bank.units()) {
            UnitEntity e = stored.remove(u.id());
            if (e == null) {
                e = new UnitEntity(u.id());
                e.update(QuestionCodec.encode(u));
                units.save(e);
                changed = true;
            } else {
                changed |= e.update(QuestionCodec.encode(u));
            }
        }
        units.deleteAll(stored.values());
        return changed || !stored.isEmpty();
    }

    /** Writes the built-in bank's topics; whether any was added, changed or retired. */
    private boolean syncTopics(QuestionBank bank) {
        Map<String, TopicEntity> stored = topics.findByBankId(Bank.BUILT_IN).stream()
                .collect(Collectors.toMap(TopicEntity::getId, Function.identity()));
        boolean changed = false;
        for (Topic t : bank.topics()) {
            TopicEntity e = stored.remove(t.id());
            if (e == null) {
                e = new TopicEntity(t.id());
                e.update(t);
                topics.save(e);
                changed = true;
            } else {
                changed |= e.update(t);
            }
        }
        List<TopicEntity> gone =
                stored.values().stream().filter(e -> !e.isRetired()).toList();
        gone.forEach(TopicEntity::retire);
        return changed || !gone.isEmpty();
    }
}
