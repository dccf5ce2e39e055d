package org.quiztrainer.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.quiztrainer.shell.DatabaseTrouble;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes a role change or a disabled account take effect at the user's next request, in every open session
 * and on every node: each request of a logged-in user reads the stored role and state (one primary-key
 * read). A changed role replaces the session's principal; a disabled or deleted account ends the session, so
 * the request goes on as anonymous (and the login page follows). While the database cannot be reached the
 * check is skipped: the request goes on with the session's role, and whatever it does with the database fails
 * the same way and reaches the user as "try again in a moment", not as a bare server error.
 */
class AccountFreshnessFilter extends OncePerRequestFilter {

    private final UserAccountRepository users;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountFreshnessFilter(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AppUserDetails me) {
            Optional<AppUserDetails> stored;
            try {
                stored = users.findById(me.id()).map(AppUserDetails::of);
            } catch (RuntimeException e) {
                if (!DatabaseTrouble.isTransient(e)) {
                    throw e;
                }
                chain.doFilter(request, response);
                return;
            }
            if (stored.isEmpty() || stored.get().disabled()) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (stored.get().role() != me.role()) {
                AppUserDetails now = stored.get();
                UsernamePasswordAuthenticationToken fresh =
                        UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities());
                fresh.setDetails(auth.getDetails());
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(fresh);
                SecurityContextHolder.setContext(context);
                contexts.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
