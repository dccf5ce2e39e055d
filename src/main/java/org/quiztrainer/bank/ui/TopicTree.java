package org.quiztrainer.bank.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.bank.Topic;

/**
 * The topics of one bank as a tree: roots and children in their order, and each topic's whole path of names
 * ({@code RNN › Defects}), for the places that show a topic on one line (a drop-down on a phone, the editor's topic
 * field) and must not cut its name.
 */
public final class TopicTree {

    /** The separator of a path's names. */
    public static final String SEPARATOR = " › ";

    private final List<Topic> ordered = new ArrayList<>();
    private final Map<String, Topic> byId = new HashMap<>();
    private final Map<String, List<Topic>> children = new HashMap<>();

    public TopicTree(List<Topic> topics) {
        topics.forEach(t -> byId.put(t.id(), t));
        for (Topic t : topics) {
            String parent = t.parentId() != null && byId.containsKey(t.parentId()) ? t.parentId() : "";
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(t);
        }
        children.values()
                .forEach(list -> list.sort(Comparator.comparingInt(Topic::order).thenComparing(Topic::id)));
        walk("", new HashSet<>());
    }

    private void walk(String parent, Set<String> seen) {
        for (Topic t : children.getOrDefault(parent, List.of())) {
            if (seen.add(t.id())) {
                ordered.add(t);
                walk(t.id(), seen);
            }
        }
    }

    /** Every topic, each after its parent, siblings in their order. */
    public List<Topic> inOrder() {
        return ordered;
    }

    /** The top-level topics. */
    public List<Topic> roots() {
        return children.getOrDefault("", List.of());
    }

    /** The children of a topic. */
    public List<Topic> children(Topic t) {
        return children.getOrDefault(t.id(), List.of());
    }

    public Optional<Topic> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The topic's path of names in the locale's language, outermost first. */
    public String path(Topic t, Locale locale) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Topic at = t;
                at != null && seen.add(at.id());
                at = at.parentId() == null ? null : byId.get(at.parentId())) {
            names.add(0, at.name().in(locale));
        }
        return String.join(SEPARATOR, names);
    }

    /** How deep a topic is: 0 for a root. */
    public int depth(Topic t) {
        int d = 0;
        Set<String> seen = new HashSet<>();
        for (Topic at = t; at.parentId() != null && byId.containsKey(at.parentId()) && seen.add(at.id()); d++) {
            at = byId.get(at.parentId());
        }
        return d;
    }

    /** Whether {@code t} is {@code ancestor} or lies under it. */
    public boolean isUnder(Topic t, Topic ancestor) {
        Set<String> seen = new HashSet<>();
        for (Topic at = t;
                at != null && seen.add(at.id());
                at = at.parentId() == null ? null : byId.get(at.parentId())) {
            if (at.id().equals(ancestor.id())) {
                return true;
            }
        }
        return false;
    }
}
