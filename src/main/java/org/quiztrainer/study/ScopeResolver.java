package org.quiztrainer.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.QuestionFilter;
import org.quiztrainer.bank.QuestionSummary;
import org.quiztrainer.bank.Topic;
import org.quiztrainer.cluster.SharedVersions;
import org.quiztrainer.cluster.VersionedCache;
import org.springframework.stereotype.Component;

/**
 * Turns a scope into the ids of its live questions in study order (topic tree order, then id). Results
 * are cached until the bank changes on any node (the bank's shared version).
 */
@Component
class ScopeResolver {

    /** Scopes cached at most; learners' scopes repeat (whole bank, a topic), so this is rarely reached. */
    static final int MAX_SCOPES = 500;

    private final BankService bank;
    private final VersionedCache<StudyScope, List<String>> cache;

    ScopeResolver(BankService bank, SharedVersions versions) {
        this.bank = bank;
        this.cache = versions.cache(BankService.VERSION, MAX_SCOPES);
    }

    List<String> questionIds(StudyScope scope) {
        return cache.get(scope, this::resolve);
    }

    private List<String> resolve(StudyScope scope) {
        Map<String, Integer> rank = topicRanks(bank.topics());
        Set<String> ids = new LinkedHashSet<>();
        List<QuestionSummary> rows = new ArrayList<>();
        if (scope.topicIds().isEmpty()) {
            rows.addAll(all(QuestionFilter.ALL));
        } else {
            for (String topic : scope.topicIds()) {
                rows.addAll(all(
                        new QuestionFilter(Optional.of(topic), Optional.empty(), Optional.empty(), Optional.empty())));
            }
        }
        if (!scope.tags().isEmpty()) {
            Set<String> tagged = new java.util.HashSet<>();
            for (String tag : scope.tags()) {
                all(new QuestionFilter(Optional.empty(), Optional.empty(), Optional.of(tag), Optional.empty()))
                        .forEach(q -> tagged.add(q.id()));
            }
            rows.removeIf(q -> !tagged.contains(q.id()));
        }
        rows.sort(Comparator.<QuestionSummary>comparingInt(q -> rank.getOrDefault(q.topicId(), Integer.MAX_VALUE))
                .thenComparing(QuestionSummary::id));
        rows.forEach(q -> ids.add(q.id()));
        return List.copyOf(ids);
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
