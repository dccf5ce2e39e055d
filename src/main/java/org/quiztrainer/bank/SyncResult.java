package org.quiztrainer.bank;

import java.util.Set;

/**
 * What a sync of the bank into the database did.
 *
 * @param added     ids of new questions
 * @param changed   ids of questions that got a new revision (including retired ones that came back)
 * @param retired   ids of questions no longer in the files
 * @param unchanged how many questions were left untouched
 */
public record SyncResult(Set<String> added, Set<String> changed, Set<String> retired, int unchanged) {

    public SyncResult {
        added = Set.copyOf(added);
        changed = Set.copyOf(changed);
        retired = Set.copyOf(retired);
    }

    /** Whether the database was left as it was. */
    public boolean isNoChange() {
        return added.isEmpty() && changed.isEmpty() && retired.isEmpty();
    }
}
