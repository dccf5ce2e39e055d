package org.quiztrainer.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Locks an account for {@link #LOCK} after {@link #MAX_FAILURES} wrong passwords in a row. */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(5);

    private final UserAccountRepository users;
    private final Clock clock;

    LoginAttempts(UserAccountRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String name = String.valueOf(event.getAuthentication().getName()).trim().toLowerCase(Locale.ROOT);
        users.findByUsername(name).ifPresent(u -> u.recordFailedLogin(clock.instant(), MAX_FAILURES, LOCK));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AppUserDetails details) {
            users.findById(details.id()).ifPresent(UserAccountEntity::recordSuccessfulLogin);
        }
    }
}
