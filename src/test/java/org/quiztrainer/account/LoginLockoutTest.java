package org.quiztrainer.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.quiztrainer.AppTest;
import org.quiztrainer.TestClock;
import org.quiztrainer.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@AppTest
@AutoConfigureMockMvc
class LoginLockoutTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestClock clock;

    @Test
    void theRightPasswordLogsIn() throws Exception {
        UserSummary user = users.create(Role.LEARNER);

        mvc.perform(formLogin("/login").user(user.username()).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameGenericError() throws Exception {
        UserSummary user = users.create(Role.LEARNER);

        Exception wrongPassword = lastError(attempt(user.username(), "wrong-password"));
        Exception unknownUser = lastError(attempt("nobody-here", "wrong-password"));

        assertThat(wrongPassword).isInstanceOf(BadCredentialsException.class);
        assertThat(unknownUser).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void fiveFailuresLockTheAccountForFiveMinutesEvenForTheRightPassword() throws Exception {
        UserSummary user = users.create(Role.LEARNER);
        for (int i = 0; i < 4; i++) {
            assertThat(lastError(attempt(user.username(), "wrong-" + i))).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(lastError(attempt(user.username(), "wrong-5"))).isInstanceOf(BadCredentialsException.class);

        assertThat(lastError(attempt(user.username(), TestUsers.PASSWORD))).isInstanceOf(LockedException.class);
        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(lastError(attempt(user.username(), TestUsers.PASSWORD))).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofSeconds(2));
        mvc.perform(formLogin("/login").user(user.username()).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() throws Exception {
        UserSummary user = users.create(Role.LEARNER);
        for (int i = 0; i < 4; i++) {
            attempt(user.username(), "wrong");
        }
        mvc.perform(formLogin("/login").user(user.username()).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/"));
        for (int i = 0; i < 4; i++) {
            attempt(user.username(), "wrong");
        }
        mvc.perform(formLogin("/login").user(user.username()).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    private MvcResult attempt(String username, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();
    }

    private static Exception lastError(MvcResult result) {
        return (Exception) result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
