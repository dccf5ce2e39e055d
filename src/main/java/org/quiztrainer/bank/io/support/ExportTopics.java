package org.quiztrainer.bank.io.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quiztrainer.bank.Topic;
import org.quiztrainer.bank.io.ExportRequest;

/** The topic path of each question of an export: the names of its topic and the topic's parents, in a language. */
public final class ExportTopics {

    private final Map<String, Topic> byId = new HashMap<>();
    private final Map<String, List<String>> paths = new HashMap<>();
    private final Locale locale;

    public ExportTopics(ExportRequest request) {
        request.topics().forEach(t -> byId.put(t.id(), t));
        this.locale = request.locale();
    }

    /** The names from the root down to the topic, in the request's language; empty for an unknown topic. */
    public List<String> path(String topicId) {
        return paths.computeIfAbsent(topicId, this::compute);
    }

    private List<String> compute(String topicId) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Topic t = byId.get(topicId);
        while (t != null && seen.add(t.id())) {
            String name = t.name().in(locale);
            names.add(name.isBlank() ? t.id() : name);
            t = t.parentId() == null ? null : byId.get(t.parentId());
        }
        Collections.reverse(names);
        return List.copyOf(names);
    }
}
