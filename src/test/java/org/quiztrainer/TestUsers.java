package org.quiztrainer;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.quiztrainer.account.AccountService;
import org.quiztrainer.account.AppUserDetails;
import org.quiztrainer.account.Language;
import org.quiztrainer.account.Registration;
import org.quiztrainer.account.Role;
import org.quiztrainer.account.UserSummary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Creates users with unique names and logs them in for a test. */
@Component
public class TestUsers {

    public static final String PASSWORD = "correct-horse";

    private final AccountService accounts;

    public TestUsers(AccountService accounts) {
        this.accounts = accounts;
    }

    /** A new user with the given role (created as a learner, promoted by a temporary admin principal). */
    public UserSummary create(Role role) {
        String name = role.name().toLowerCase(Locale.ROOT).charAt(0)
                + UUID.randomUUID().toString().substring(0, 12);
        UserSummary user = accounts.register(new Registration(name, "Test " + name, PASSWORD, PASSWORD, Language.EN));
        if (role != Role.LEARNER) {
            var previous = SecurityContextHolder.getContext().getAuthentication();
            login(new AppUserDetails(-1, "bootstrap", "", Role.ADMIN, false));
            user = accounts.changeRole(user.id(), role);
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
        return user;
    }

    /** Makes {@code user} the caller of service methods on this thread. */
    public static void login(UserSummary user) {
        login(new AppUserDetails(user.id(), user.username(), "", user.role(), false));
    }

    public static void login(AppUserDetails details) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(details, null, details.getAuthorities()));
    }

    public static void logout() {
        SecurityContextHolder.clearContext();
    }

    public static List<Role> roles() {
        return List.of(Role.values());
    }
}
