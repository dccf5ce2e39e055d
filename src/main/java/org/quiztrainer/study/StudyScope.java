package org.quiztrainer.study;

import java.util.Set;
import java.util.TreeSet;

/**
 * What to study: questions of any of the topics (with their sub-topics) that carry any of the tags.
 * An empty set means no restriction, so the empty scope is the whole bank.
 */
public record StudyScope(Set<String> topicIds, Set<String> tags) {

    public static final StudyScope WHOLE_BANK = new StudyScope(Set.of(), Set.of());

    public StudyScope {
        topicIds = Set.copyOf(new TreeSet<>(topicIds == null ? Set.of() : topicIds));
        tags = Set.copyOf(new TreeSet<>(tags == null ? Set.of() : tags));
    }

    public boolean isWholeBank() {
        return topicIds.isEmpty() && tags.isEmpty();
    }
}
