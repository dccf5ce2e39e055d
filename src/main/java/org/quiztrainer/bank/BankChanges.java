package org.quiztrainer.bank;

import org.quiztrainer.cluster.SharedVersions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Announces a change of a bank made in the app (an edit, an import, a topic): bumps the bank's shared version
 * in the current transaction, so that every node's caches of bank data (study scopes, units) load again once it
 * commits, and publishes {@link BankChanged} on this node for the features keyed by question id.
 */
@Component
class BankChanges {

    private final SharedVersions versions;
    private final ApplicationEventPublisher events;

    BankChanges(SharedVersions versions, ApplicationEventPublisher events) {
        this.versions = versions;
        this.events = events;
    }

    /** Announces the change; call it inside the transaction that makes it. */
    void announce(BankChanged change) {
        versions.bump(BankService.VERSION);
        events.publishEvent(change);
    }
}
