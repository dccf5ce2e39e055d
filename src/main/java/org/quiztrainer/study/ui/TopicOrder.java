package org.quiztrainer.study.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.quiztrainer.bank.Topic;

/** Topics depth first, siblings by their order, so that a list of them reads like the tree. */
final class TopicOrder {

    private TopicOrder() {}

    static List<Topic> inTreeOrder(List<Topic> all) {
        Map<String, List<Topic>> children =
                all.stream().collect(Collectors.groupingBy(t -> t.parentId() == null ? "" : t.parentId()));
        children.values()
                .forEach(l -> l.sort(Comparator.comparingInt(Topic::order).thenComparing(Topic::id)));
        List<Topic> out = new ArrayList<>();
        walk("", children, out);
        return out;
    }

    private static void walk(String parent, Map<String, List<Topic>> children, List<Topic> out) {
        for (Topic t : children.getOrDefault(parent, List.of())) {
            if (!out.contains(t)) {
                out.add(t);
                walk(t.id(), children, out);
            }
        }
    }
}
