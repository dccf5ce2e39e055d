package org.quiztrainer.bank;

import java.util.Set;

/**
 * Published inside the sync transaction when questions changed or were retired, so that features
 * keyed by question id (a learner's cards) can mark them. Listen with
 * {@code @TransactionalEventListener} to act only once the sync is committed.
 *
 * @param changed ids whose content has a new revision
 * @param retired ids no longer in the bank
 */
public record BankChanged(Set<String> changed, Set<String> retired) {

    public BankChanged {
        changed = Set.copyOf(changed);
        retired = Set.copyOf(retired);
    }
}
