package org.quiztrainer.study;

import java.util.Set;
import java.util.TreeSet;

/**
 * What to study: questions of the banks, in any of the topics (with their sub-topics), that carry any of the tags.
 * An empty set means no restriction; no banks means the learner's own banks (the built-in bank, the banks they
 * own or co-edit, those shared with their classes), so the empty scope is all of those. A bank the learner may no
 * longer study drops out.
 */
public record StudyScope(Set<String> topicIds, Set<String> tags, Set<Long> banks) {

    /** Every question of the learner's own banks. */
    public static final StudyScope WHOLE_BANK = new StudyScope(Set.of(), Set.of(), Set.of());

    public StudyScope {
        topicIds = Set.copyOf(new TreeSet<>(topicIds == null ? Set.of() : topicIds));
        tags = Set.copyOf(new TreeSet<>(tags == null ? Set.of() : tags));
        banks = Set.copyOf(new TreeSet<>(banks == null ? Set.of() : banks));
    }

    /** A scope of topics and tags in the learner's own banks. */
    public StudyScope(Set<String> topicIds, Set<String> tags) {
        this(topicIds, tags, Set.of());
    }

    /** Everything of the given banks. */
    public static StudyScope ofBanks(Set<Long> banks) {
        return new StudyScope(Set.of(), Set.of(), banks);
    }

    /** Whether it restricts neither topics nor tags (the whole of its banks). */
    public boolean isWholeBank() {
        return topicIds.isEmpty() && tags.isEmpty();
    }
}
