package org.quiztrainer.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.AppTest;
import org.quiztrainer.TestClock;
import org.quiztrainer.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Logging in, through the real filter chain: failures that look and take the same for every name, throttling
 * by name and client instead of locking the owner out, cross-site logins refused, the browser headers, and
 * role changes and disabled accounts taking effect at the next request.
 */
@AppTest
@AutoConfigureMockMvc
@Import(LoginSecurityTest.CountingEncoder.class)
class LoginSecurityTest {

    /** Counts password comparisons: each costs one bcrypt, the time a login takes. */
    @TestConfiguration(proxyBeanMethods = false)
    static class CountingEncoder {

        static final AtomicInteger MATCHES = new AtomicInteger();

        @Bean
        @Primary
        PasswordEncoder countingPasswordEncoder() {
            PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();
            return new PasswordEncoder() {
                @Override
                public String encode(CharSequence raw) {
                    return real.encode(raw);
                }

                @Override
                public boolean matches(CharSequence raw, String encoded) {
                    MATCHES.incrementAndGet();
                    return real.matches(raw, encoded);
                }
            };
        }
    }

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    AccountService accounts;

    @Autowired
    TestClock clock;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    /** A client address of its own, so tests do not share throttles. */
    private static String client() {
        int n = CLIENTS.incrementAndGet();
        return "10.20." + (n / 250) + "." + (n % 250 + 1);
    }

    private static RequestPostProcessor from(String client) {
        return request -> {
            request.setRemoteAddr(client);
            return request;
        };
    }

    /** The login form's post, as the browser sends it. */
    private static MockHttpServletRequestBuilder login(String username, String password) {
        return post("/login").param("username", username).param("password", password);
    }

    private MvcResult fails(String username, String password, String client) throws Exception {
        return mvc.perform(login(username, password).with(from(client)))
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();
    }

    private void succeeds(String username, String client) throws Exception {
        mvc.perform(login(username, TestUsers.PASSWORD).with(from(client))).andExpect(redirectedUrl("/"));
    }

    private static Exception error(MvcResult result) {
        return (Exception) result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    @Test
    void everyFailureLooksTheSameAndCostsOnePasswordComparisonWhateverTheName() throws Exception {
        UserSummary user = users.create(Role.LEARNER);
        UserSummary disabled = users.create(Role.LEARNER);
        TestUsers.login(users.create(Role.ADMIN));
        accounts.setEnabled(disabled.id(), false);
        String throttled = client();
        for (int i = 0; i < LoginThrottle.PAIR_LIMIT; i++) {
            fails(user.username(), "wrong-" + i, throttled);
        }

        List<String> messages = new ArrayList<>();
        List<Integer> comparisons = new ArrayList<>();
        for (String[] attempt : new String[][] {
            {user.username(), "wrong-password", client()},
            {"nobody-" + user.username(), "wrong-password", client()},
            {disabled.username(), TestUsers.PASSWORD, client()},
            {user.username(), TestUsers.PASSWORD, throttled}
        }) {
            int before = CountingEncoder.MATCHES.get();
            Exception e = error(fails(attempt[0], attempt[1], attempt[2]));
            comparisons.add(CountingEncoder.MATCHES.get() - before);
            messages.add(e.getClass().getSimpleName() + ": " + e.getMessage());
        }

        assertThat(messages)
                .as("wrong password, unknown name, disabled account, throttled: one message")
                .containsOnly("BadCredentialsException: Wrong username or password");
        assertThat(comparisons).as("and one bcrypt each, so the same time").containsOnly(1);
    }

    @Test
    void failuresThrottleTheNameFromThatClientWithoutLockingTheOwnerOut() throws Exception {
        UserSummary admin = users.create(Role.ADMIN);
        String attacker = client();
        for (int i = 0; i < LoginThrottle.PAIR_LIMIT; i++) {
            fails(admin.username(), "guess-" + i, attacker);
        }

        fails(admin.username(), TestUsers.PASSWORD, attacker);
        succeeds(admin.username(), client());

        clock.advance(LoginThrottle.BLOCK.plusSeconds(1));
        succeeds(admin.username(), attacker);
        clock.advance(Duration.ofHours(1));
    }

    @Test
    void manyFailuresFromOneClientThrottleThatClientForEveryName() throws Exception {
        UserSummary someone = users.create(Role.LEARNER);
        String sprayer = client();
        for (int i = 0; i < LoginThrottle.CLIENT_LIMIT; i++) {
            fails("user" + i + "-" + someone.username(), "password", sprayer);
        }

        fails(someone.username(), TestUsers.PASSWORD, sprayer);
        succeeds(someone.username(), client());
        clock.advance(Duration.ofHours(1));
    }

    @Test
    void aLoginPostedFromAnotherSiteIsRefused() throws Exception {
        UserSummary user = users.create(Role.LEARNER);

        mvc.perform(login(user.username(), TestUsers.PASSWORD)
                        .with(from(client()))
                        .with(r -> {
                            r.addHeader("Origin", "https://evil.example");
                            return r;
                        }))
                .andExpect(status().isForbidden());
        mvc.perform(login(user.username(), TestUsers.PASSWORD)
                        .with(from(client()))
                        .with(r -> {
                            r.addHeader("Sec-Fetch-Site", "cross-site");
                            return r;
                        }))
                .andExpect(status().isForbidden());
        mvc.perform(login(user.username(), TestUsers.PASSWORD)
                        .with(from(client()))
                        .with(r -> {
                            r.addHeader("Origin", "http://localhost");
                            r.addHeader("Sec-Fetch-Site", "same-origin");
                            return r;
                        }))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void pagesCarryAContentSecurityPolicyAndASameOriginReferrerPolicy() throws Exception {
        mvc.perform(get("/error"))
                .andExpect(header().string("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void aRoleChangeAndADisabledAccountTakeEffectAtTheNextRequest() throws Exception {
        UserSummary teacher = users.create(Role.INSTRUCTOR);
        String where = client();
        MockHttpSession session = (MockHttpSession)
                mvc.perform(login(teacher.username(), TestUsers.PASSWORD).with(from(where)))
                        .andExpect(redirectedUrl("/"))
                        .andReturn()
                        .getRequest()
                        .getSession();
        assertThat(principal(session).role()).isEqualTo(Role.INSTRUCTOR);

        UserSummary admin = users.create(Role.ADMIN);
        TestUsers.login(admin);
        accounts.changeRole(teacher.id(), Role.LEARNER);
        mvc.perform(get("/error").session(session).with(from(where)));
        assertThat(principal(session).role()).as("demoted at the next request").isEqualTo(Role.LEARNER);

        TestUsers.login(admin);
        accounts.setEnabled(teacher.id(), false);
        mvc.perform(get("/error").session(session).with(from(where)));
        assertThat(session.isInvalid()).as("a disabled account's session ends").isTrue();
    }

    private static AppUserDetails principal(MockHttpSession session) {
        SecurityContext context = (SecurityContext)
                session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return (AppUserDetails) context.getAuthentication().getPrincipal();
    }
}
