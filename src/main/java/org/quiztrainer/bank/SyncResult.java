package org.quiztrainer.bank;

import java.util.Set;

/**
 * What a sync of the bank into the database did.
 *
 * @param added                 ids of new questions
 * @param changed               ids of questions that got a new revision (including retired ones that came back)
 * @param retired               ids of questions no longer in the files
 * @param unchanged             how many questions were left untouched
 * @param topicsOrUnitsChanged  whether a topic or a unit was added, changed or removed
 */
public record SyncResult(
        Set<String> added, Set<String> changed, Set<String> retired, int unchanged, boolean topicsOrUnitsChanged) {

    public SyncResult {
        added = Set.copyOf(added);
        changed = Set.copyOf(changed);
        retired = Set.copyOf(retired);
    }

    /** A sync that left topics and units as they were. */
    public SyncResult(Set<String> added, Set<String> changed, Set<String> retired, int unchanged) {
        this(added, changed, retired, unchanged, false);
    }

    /** Whether the database was left as it was. */
    public boolean isNoChange() {
        return added.isEmpty() && changed.isEmpty() && retired.isEmpty() && !topicsOrUnitsChanged;
    }
}
