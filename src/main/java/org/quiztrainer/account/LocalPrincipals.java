package org.quiztrainer.account;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The principal of an enabled account by its name, for the command-line tools that act as a user on the server's
 * own machine (no password: whoever runs them holds the database settings already). Not for web requests: those
 * log in through {@link ThrottledAuthenticationProvider}.
 */
@Component
public class LocalPrincipals {

    private final UserAccountRepository users;

    LocalPrincipals(UserAccountRepository users) {
        this.users = users;
    }

    /** The enabled account of that name (its case and spaces as at login), or empty. */
    @Transactional(readOnly = true)
    public Optional<AppUserDetails> of(String username) {
        String name = ThrottledAuthenticationProvider.normalise(username);
        return name.isEmpty()
                ? Optional.empty()
                : users.findByUsername(name)
                        .filter(UserAccountEntity::isEnabled)
                        .map(AppUserDetails::of);
    }
}
