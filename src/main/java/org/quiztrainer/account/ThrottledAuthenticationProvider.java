package org.quiztrainer.account;

import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a login. Every failure looks and takes the same, whether the name exists or not, the account is
 * disabled or the attempt is throttled: one {@link BadCredentialsException} ("wrong username or password")
 * after exactly one password hash comparison (against a dummy hash when there is no account to compare
 * with), so neither the message nor the time tells which names exist. Failures are throttled by name and
 * client ({@link LoginThrottle}), never by locking the account for everyone.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final String dummyHash;

    ThrottledAuthenticationProvider(UserAccountRepository users, PasswordEncoder encoder, LoginThrottle throttle) {
        this.users = users;
        this.encoder = encoder;
        this.throttle = throttle;
        this.dummyHash = encoder.encode("no account has this password");
    }

    @Override
    @Transactional(readOnly = true)
    public Authentication authenticate(Authentication request) {
        String name = normalise(request.getName());
        String password =
                request.getCredentials() == null ? "" : request.getCredentials().toString();
        String client = client(request);
        boolean blocked = throttle.blocked(name, client);
        Optional<UserAccountEntity> account =
                name.isEmpty() ? Optional.empty() : users.findByUsername(name).filter(UserAccountEntity::isEnabled);
        boolean matches = encoder.matches(
                password, account.map(UserAccountEntity::getPasswordHash).orElse(dummyHash));
        if (!blocked && account.isPresent() && matches) {
            throttle.succeeded(name, client);
            AppUserDetails details = AppUserDetails.of(account.get());
            UsernamePasswordAuthenticationToken done =
                    UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
            done.setDetails(request.getDetails());
            return done;
        }
        throttle.failed(name, client);
        throw new BadCredentialsException("Wrong username or password");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String normalise(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return n.length() > 64 ? n.substring(0, 64) : n;
    }

    private static String client(Authentication request) {
        return request.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "unknown";
    }
}
