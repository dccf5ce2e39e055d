package org.quiztrainer.bank;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the topics of a bank by their path of names (Chinese or English, outermost first) and creates the ones
 * missing, at the end of their siblings; for importers, whose files give categories and decks by name.
 */
final class TopicPaths {

    private final long bankId;
    private final BankLanguages languages;
    private final TopicRepository topics;
    private final BankRepository banks;
    private final List<TopicEntity> all;
    private final Map<String, String> created = new HashMap<>();
    private final boolean dryRun;
    private int planned;

    TopicPaths(long bankId, BankLanguages languages, TopicRepository topics, BankRepository banks) {
        this(bankId, languages, topics, banks, false);
    }

    /** With {@code dryRun}, a missing topic is not created: it gets the id it would have. */
    TopicPaths(long bankId, BankLanguages languages, TopicRepository topics, BankRepository banks, boolean dryRun) {
        this.dryRun = dryRun;
        this.bankId = bankId;
        this.languages = languages;
        this.topics = topics;
        this.banks = banks;
        this.all = new java.util.ArrayList<>(topics.findByBankId(bankId));
    }

    /** Whether {@code topicId} is empty (the top level) or a live topic of the bank. */
    boolean isLive(String topicId) {
        return topicId.isEmpty() || all.stream().anyMatch(t -> t.getId().equals(topicId) && !t.isRetired());
    }

    /** Whether every name of the path fits. */
    static boolean fits(List<String> path) {
        return path.size() <= 20
                && path.stream()
                        .allMatch(n -> n != null && !n.isBlank() && n.strip().length() <= DraftLimits.TOPIC_NAME_MAX);
    }

    /** The id of the topic at the end of the path, creating the missing ones; empty path: the top level. */
    String resolve(List<String> path) {
        String parent = null;
        for (String raw : path) {
            String name = raw.strip();
            String key = parent + "/" + name;
            String id = created.get(key);
            if (id == null) {
                String under = parent;
                id = find(parent, name).orElseGet(() -> create(under, name));
                created.put(key, id);
            }
            parent = id;
        }
        return parent == null ? "" : parent;
    }

    private Optional<String> find(String parent, String name) {
        return all.stream()
                .filter(t -> !t.isRetired() && Objects.equals(t.getParentId(), parent))
                .filter(t -> name.equals(t.toTopic().name().zh())
                        || name.equals(t.toTopic().name().en()))
                .map(TopicEntity::getId)
                .findFirst();
    }

    /** How many topics a dry run found missing (and a save would create). */
    int planned() {
        return planned;
    }

    private String create(String parent, String name) {
        if (dryRun) {
            planned++;
            long counter = bankId == QuestionWriter.UNSAVED ? 0 : banks.topicCounter(bankId);
            return BankIds.topic(bankId, counter + planned);
        }
        banks.reserveTopics(bankId, 1);
        String id = BankIds.topic(bankId, banks.topicCounter(bankId));
        int order = all.stream()
                        .filter(t -> Objects.equals(t.getParentId(), parent))
                        .mapToInt(t -> t.toTopic().order())
                        .max()
                        .orElse(0)
                + 10;
        LocalizedText names = new LocalizedText(languages.needsZh() ? name : "", languages.needsEn() ? name : "");
        TopicEntity e = new TopicEntity(id, bankId);
        e.update(new Topic(id, parent, order, names, new Location("", 0)));
        all.add(topics.save(e));
        return id;
    }
}
