package org.quiztrainer.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.QuestionFilter;
import org.quiztrainer.bank.QuestionSummary;
import org.quiztrainer.bank.Topic;
import org.quiztrainer.cluster.SharedVersions;
import org.quiztrainer.cluster.VersionedCache;
import org.springframework.stereotype.Component;

/**
 * Turns a scope into the ids of its live questions in study order (bank, topic tree order, then id). The banks a
 * caller may study are worked out on every call; what those banks hold is cached until a bank changes on any
 * node (the bank's shared version).
 */
@Component
class ScopeResolver {

    /** Scopes cached at most; learners' scopes repeat (whole bank, a topic), so this is rarely reached. */
    static final int MAX_SCOPES = 500;

    private final BankService bank;
    private final VersionedCache<StudyScope, Resolved> cache;

    ScopeResolver(BankService bank, SharedVersions versions) {
        this.bank = bank;
        this.cache = versions.cache(BankService.VERSION, MAX_SCOPES);
    }

    /** A scope's question ids in study order, and the same as a set. */
    record Resolved(List<String> ids, Set<String> set) {}

    List<String> questionIds(StudyScope scope) {
        return resolved(scope).ids();
    }

    /** The scope for the caller: its banks narrowed to those the caller may study now. */
    Resolved resolved(StudyScope scope) {
        Set<Long> banks = bank.drawable(scope.banks());
        StudyScope key = new StudyScope(scope.topicIds(), scope.tags(), banks);
        if (banks.isEmpty()) {
            return new Resolved(List.of(), Set.of());
        }
        return cache.get(key, this::resolve);
    }

    private Resolved resolve(StudyScope scope) {
        Map<String, Integer> rank = topicRanks(bank.topics(scope.banks()));
        QuestionFilter inBanks = QuestionFilter.ALL.inBanks(scope.banks());
        List<QuestionSummary> rows = new ArrayList<>();
        if (scope.topicIds().isEmpty()) {
            rows.addAll(all(inBanks));
        } else {
            for (String topic : scope.topicIds()) {
                rows.addAll(all(inBanks.inTopic(topic)));
            }
        }
        if (!scope.tags().isEmpty()) {
            Set<String> tagged = new HashSet<>();
            for (String tag : scope.tags()) {
                all(inBanks.withTag(tag)).forEach(q -> tagged.add(q.id()));
            }
            rows.removeIf(q -> !tagged.contains(q.id()));
        }
        rows.sort(Comparator.<QuestionSummary>comparingLong(QuestionSummary::bankId)
                .thenComparingInt(q -> rank.getOrDefault(q.topicId(), -1))
                .thenComparing(QuestionSummary::id));
        Set<String> ids = new LinkedHashSet<>();
        rows.forEach(q -> ids.add(q.id()));
        return new Resolved(List.copyOf(ids), Set.copyOf(ids));
    }

    private List<QuestionSummary> all(QuestionFilter filter) {
        return bank.find(filter, 0, Integer.MAX_VALUE);
    }

    /** Depth-first position of every topic, siblings by their order. */
    static Map<String, Integer> topicRanks(List<Topic> topics) {
        Map<String, List<Topic>> children = new HashMap<>();
        for (Topic t : topics) {
            children.computeIfAbsent(t.parentId() == null ? "" : t.parentId(), k -> new ArrayList<>())
                    .add(t);
        }
        children.values()
                .forEach(l -> l.sort(Comparator.comparingInt(Topic::order).thenComparing(Topic::id)));
        Map<String, Integer> rank = new HashMap<>();
        walk("", children, rank);
        return rank;
    }

    private static void walk(String parent, Map<String, List<Topic>> children, Map<String, Integer> rank) {
        for (Topic t : children.getOrDefault(parent, List.of())) {
            rank.put(t.id(), rank.size());
            walk(t.id(), children, rank);
        }
    }
}
