package org.quiztrainer.bank;

import java.util.Set;

/**
 * Published once a load that changed the bank has committed (questions added, changed or retired, or only
 * topics or units changed, when all three sets are empty), on the node that loaded it, so that features
 * keyed by question id (a learner's cards) can act on it. Other nodes do not get this event; their caches
 * of bank data follow the shared version {@link BankService#VERSION} instead.
 *
 * @param added   ids of new questions
 * @param changed ids whose content has a new revision
 * @param retired ids no longer in the bank
 */
public record BankChanged(Set<String> added, Set<String> changed, Set<String> retired) {

    public BankChanged {
        added = Set.copyOf(added);
        changed = Set.copyOf(changed);
        retired = Set.copyOf(retired);
    }

    /** A change with no added question. */
    public BankChanged(Set<String> changed, Set<String> retired) {
        this(Set.of(), changed, retired);
    }
}
