package org.quiztrainer.bank;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.quiztrainer.account.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The topic tree of a bank the caller edits: add, rename, move (never under itself) and delete (only when no live
 * question or sub-topic is left in it). Topic ids are {@code b<bank>.t<n>}.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class TopicEditorService {

    private final TopicRepository topics;
    private final QuestionRepository questions;
    private final BankRepository banks;
    private final BankAccess access;
    private final BankChanges events;

    TopicEditorService(
            TopicRepository topics,
            QuestionRepository questions,
            BankRepository banks,
            BankAccess access,
            BankChanges events) {
        this.topics = topics;
        this.questions = questions;
        this.banks = banks;
        this.access = access;
        this.events = events;
    }

    /** Adds a topic under {@code parentId} (null for the top), last among its siblings. */
    @Transactional
    public Topic create(long bankId, String parentId, LocalizedText name) {
        Bank b = access.editable(bankId);
        List<TopicEntity> all = topics.findByBankId(bankId);
        check(b, name, parentId, null, all);
        banks.reserveTopics(bankId, 1);
        String id = BankIds.topic(bankId, banks.topicCounter(bankId));
        int order = all.stream()
                        .filter(t -> !t.isRetired() && Objects.equals(t.getParentId(), parentId))
                        .mapToInt(t -> t.toTopic().order())
                        .max()
                        .orElse(0)
                + 10;
        TopicEntity e = new TopicEntity(id, bankId);
        e.update(new Topic(id, parentId, order, strip(name), new Location("", 0)));
        topics.save(e);
        changed();
        return e.toTopic();
    }

    /** Renames a topic and moves it under {@code parentId} (null for the top). */
    @Transactional
    public Topic update(String topicId, String parentId, LocalizedText name) {
        TopicEntity e = editable(topicId);
        Bank b = access.editable(e.getBankId());
        check(b, name, parentId, topicId, topics.findByBankId(b.id()));
        Topic t = e.toTopic();
        int order = Objects.equals(t.parentId(), parentId) ? t.order() : 1_000_000;
        e.update(new Topic(topicId, parentId, order, strip(name), t.origin()));
        changed();
        return e.toTopic();
    }

    /** Deletes an empty topic: refused while a live question or sub-topic is in it. */
    @Transactional
    public void delete(String topicId) {
        TopicEntity e = editable(topicId);
        boolean children = topics.findByBankId(e.getBankId()).stream()
                .anyMatch(t -> !t.isRetired() && topicId.equals(t.getParentId()));
        if (children || questions.existsByTopicIdAndRetiredFalse(topicId)) {
            throw new InvalidInputException(Map.of("topic", "bank.topic.error.not-empty"));
        }
        e.retire();
        changed();
    }

    private void check(Bank b, LocalizedText name, String parentId, String self, List<TopicEntity> all) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalizedText n = strip(name);
        if ((b.languages().needsZh() && !n.hasZh()) || (b.languages().needsEn() && !n.hasEn())) {
            errors.put(b.languages().needsZh() && !n.hasZh() ? "name.zh" : "name.en", "bank.topic.error.name");
        } else if (n.zh().length() > DraftLimits.TOPIC_NAME_MAX || n.en().length() > DraftLimits.TOPIC_NAME_MAX) {
            errors.put(n.zh().length() > DraftLimits.TOPIC_NAME_MAX ? "name.zh" : "name.en", "bank.topic.error.long");
        }
        if (parentId != null) {
            Map<String, String> parents = new java.util.HashMap<>();
            all.stream()
                    .filter(t -> !t.isRetired())
                    .forEach(t -> parents.put(t.getId(), String.valueOf(t.getParentId())));
            Set<String> seen = new HashSet<>();
            String p = parentId;
            while (p != null && !"null".equals(p) && seen.add(p)) {
                if (p.equals(self) || !parents.containsKey(p)) {
                    errors.put("parent", "bank.topic.error.parent");
                    break;
                }
                p = parents.get(p);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static LocalizedText strip(LocalizedText name) {
        return name == null
                ? LocalizedText.EMPTY
                : new LocalizedText(name.zh().strip(), name.en().strip());
    }

    private TopicEntity editable(String topicId) {
        TopicEntity e = topics.findById(topicId == null ? "" : topicId)
                .filter(t -> !t.isRetired())
                .orElseThrow(() -> new AccessDeniedException("No such topic to edit"));
        access.editable(e.getBankId());
        return e;
    }

    private void changed() {
        events.announce(new BankChanged(Set.of(), Set.of()));
    }
}
