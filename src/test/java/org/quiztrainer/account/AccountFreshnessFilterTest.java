package org.quiztrainer.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.CannotCreateTransactionException;

/** The per-request account check when the database cannot be reached, or fails otherwise. */
class AccountFreshnessFilterTest {

    private final UserAccountRepository users = mock(UserAccountRepository.class);
    private final AccountFreshnessFilter filter = new AccountFreshnessFilter(users);
    private final AppUserDetails me = new AppUserDetails(7L, "ann", "", Role.LEARNER, false);

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void withTheDatabaseDownTheRequestGoesOnWithTheSessionsRole() throws Exception {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(me, null, me.getAuthorities()));
        when(users.findById(7L)).thenThrow(new CannotCreateTransactionException("Connection refused"));
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).as("the request reached the app").isNotNull();
        assertThat(SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .isEqualTo(me);
    }

    @Test
    void anyOtherFailureIsNotHidden() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(me, null, me.getAuthorities()));
        when(users.findById(7L)).thenThrow(new IllegalStateException("a bug"));
        MockFilterChain chain = new MockFilterChain();

        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), chain))
                .isInstanceOf(IllegalStateException.class);
        assertThat(chain.getRequest()).isNull();
    }
}
