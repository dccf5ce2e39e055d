package org.quiztrainer.account;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is asking: the authenticated principal of the current request or UI. */
@Component
public class CurrentUser {

    /** The principal, if someone is logged in. */
    public Optional<AppUserDetails> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof AppUserDetails details) {
            return Optional.of(details);
        }
        return Optional.empty();
    }

    /** The principal; throws when nobody is logged in. */
    public AppUserDetails require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not logged in"));
    }

    /** Throws unless the caller is the user {@code userId} or an admin. */
    public AppUserDetails requireSelfOrAdmin(long userId) {
        AppUserDetails me = require();
        if (me.id() != userId && me.role() != Role.ADMIN) {
            throw new AccessDeniedException("User " + me.username() + " may not act for user " + userId);
        }
        return me;
    }
}
