package org.quiztrainer.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.AppTest;
import org.quiztrainer.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

@AppTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    TestUsers users;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void registersALearnerWithAHashedPasswordAndChosenLanguage() {
        UserSummary user =
                accounts.register(new Registration("  Mei.Lin ", "林梅", "secret-pass", "secret-pass", Language.ZH_CN));

        assertThat(user.username()).isEqualTo("mei.lin");
        assertThat(user.role()).isEqualTo(Role.LEARNER);
        assertThat(user.language()).isEqualTo(Language.ZH_CN);
        UserAccountEntity stored = repository.findById(user.id()).orElseThrow();
        assertThat(stored.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("secret-pass");
        assertThat(encoder.matches("secret-pass", stored.getPasswordHash())).isTrue();
    }

    @Test
    void refusesATakenUsernameAndSavesNothing() {
        accounts.register(new Registration("taken-name", "", "password1", "password1", Language.EN));
        long before = repository.count();

        assertThatThrownBy(() ->
                        accounts.register(new Registration("Taken-Name", "", "password2", "password2", Language.EN)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("username", "account.error.username.taken"));
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void aDisplayNameWithControlOrTextDirectionCharactersIsRefused() {
        long before = repository.count();
        for (String name : new String[] {
            "evil\u202Egnp.exe",
            "null\u0000byte",
            "bell\u0007ring",
            "\u2066isolate\u2069",
            "zero\u200Bwidth",
            "line\u2028break"
        }) {
            assertThatThrownBy(() -> accounts.register(new Registration(
                            "n" + Integer.toHexString(name.hashCode()), name, "password1", "password1", Language.EN)))
                    .as(name)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fieldErrors())
                                    .containsEntry("displayName", "account.error.display-name.characters"));
        }
        assertThat(repository.count()).isEqualTo(before);

        UserSummary family = accounts.register(new Registration(
                "f" + Long.toHexString(System.nanoTime()),
                "王小明 👨\u200D👩\u200D👧",
                "password1",
                "password1",
                Language.EN));
        assertThat(family.displayName())
                .as("Chinese and an emoji sequence are fine")
                .isEqualTo("王小明 👨\u200D👩\u200D👧");
    }

    @Test
    void aDisplayNameStoredBeforeTheRuleIsShownWithoutItsControlCharacters() {
        UserAccountEntity old = repository.save(new UserAccountEntity(
                "o" + Long.toHexString(System.nanoTime()),
                "\u202Eevil\u0007",
                "{noop}x",
                Role.LEARNER,
                Language.EN,
                java.time.Instant.now()));
        TestUsers.login(new AppUserDetails(old.getId(), old.getUsername(), "", Role.LEARNER, false));

        assertThat(accounts.me().displayName()).isEqualTo("evil");
        assertThat(accounts.names(java.util.List.of(old.getId()))
                        .get(old.getId())
                        .displayName())
                .isEqualTo("evil");
    }

    @Test
    void onlyAdminsDisableAccountsAndNotTheirOwn() {
        UserSummary learner = users.create(Role.LEARNER);
        TestUsers.login(learner);
        assertThatThrownBy(() -> accounts.setEnabled(learner.id(), false)).isInstanceOf(AccessDeniedException.class);
        UserSummary admin = users.create(Role.ADMIN);
        TestUsers.login(admin);

        assertThat(accounts.setEnabled(learner.id(), false).enabled()).isFalse();
        assertThatThrownBy(() -> accounts.setEnabled(admin.id(), false)).isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.setEnabled(learner.id(), true).enabled()).isTrue();
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        long before = repository.count();
        String longName = "x".repeat(81);

        assertThatThrownBy(() -> accounts.register(new Registration("a b", longName, "short", "short", Language.EN)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("username", "account.error.username.pattern")
                                .containsEntry("displayName", "account.error.display-name.too-long")
                                .containsEntry("password", "account.error.password.too-short"));
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void refusesOverLongUsernameAndPasswordAndAMismatchedRepeat() {
        assertThatThrownBy(() -> accounts.register(
                        new Registration("u".repeat(33), "", "p".repeat(129), "p".repeat(129), Language.EN)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("username", "account.error.username.too-long")
                                .containsEntry("password", "account.error.password.too-long"));
        assertThatThrownBy(
                        () -> accounts.register(new Registration("okname", "", "password1", "password2", Language.EN)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("passwordRepeat"));
    }

    @Test
    void onlyAdminsListUsersAndChangeRoles() {
        UserSummary learner = users.create(Role.LEARNER);
        UserSummary instructor = users.create(Role.INSTRUCTOR);
        UserSummary admin = users.create(Role.ADMIN);

        assertThatThrownBy(accounts::listUsers).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        TestUsers.login(learner);
        assertThatThrownBy(accounts::listUsers).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.changeRole(learner.id(), Role.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.login(instructor);
        assertThatThrownBy(accounts::listUsers).isInstanceOf(AccessDeniedException.class);

        TestUsers.login(admin);
        assertThat(accounts.listUsers())
                .extracting(UserSummary::username)
                .contains(learner.username(), instructor.username(), admin.username());
        assertThat(accounts.changeRole(learner.id(), Role.INSTRUCTOR).role()).isEqualTo(Role.INSTRUCTOR);
        assertThat(repository.findById(learner.id()).orElseThrow().getRole()).isEqualTo(Role.INSTRUCTOR);
    }

    @Test
    void anAdminCannotDemoteThemself() {
        UserSummary admin = users.create(Role.ADMIN);
        TestUsers.login(admin);

        assertThatThrownBy(() -> accounts.changeRole(admin.id(), Role.LEARNER))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(repository.findById(admin.id()).orElseThrow().getRole()).isEqualTo(Role.ADMIN);
    }

    @Test
    void aUserChangesOnlyTheirOwnPreferences() {
        UserSummary me = users.create(Role.LEARNER);
        UserSummary other = users.create(Role.LEARNER);
        TestUsers.login(me);

        assertThat(accounts.changeLanguage(me.id(), Language.ZH_CN).language()).isEqualTo(Language.ZH_CN);
        assertThat(accounts.changeDarkMode(me.id(), true).darkMode()).isTrue();
        assertThat(accounts.me().language()).isEqualTo(Language.ZH_CN);

        assertThatThrownBy(() -> accounts.changeLanguage(other.id(), Language.ZH_CN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.changeDarkMode(other.id(), true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.get(other.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(repository.findById(other.id()).orElseThrow().getLanguage()).isEqualTo(Language.EN);
    }

    @Test
    void anAdminMayReadAndSetAnotherUsersPreferences() {
        UserSummary learner = users.create(Role.LEARNER);
        TestUsers.login(users.create(Role.ADMIN));

        assertThat(accounts.get(learner.id()).username()).isEqualTo(learner.username());
        assertThat(accounts.changeLanguage(learner.id(), Language.ZH_CN).language())
                .isEqualTo(Language.ZH_CN);
    }
}
