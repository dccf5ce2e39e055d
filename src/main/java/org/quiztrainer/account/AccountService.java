package org.quiztrainer.account;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registration, roles and per-user preferences. Every method checks who is asking. */
@Service
public class AccountService {

    /** Usernames: 3 to 32 characters, lowercase letters, digits, dot, dash and underscore, starting with a letter or digit. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");

    public static final int PASSWORD_MIN = 8;
    public static final int PASSWORD_MAX = 128;
    public static final int DISPLAY_NAME_MAX = 80;

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccountService(UserAccountRepository users, PasswordEncoder passwordEncoder, CurrentUser currentUser, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Registers a learner. Throws {@link InvalidInputException} naming each bad field (username taken or
     * malformed, password too short or not repeated, over-long fields); nothing is saved then.
     */
    @Transactional
    public UserSummary register(Registration form) {
        String username = form.username() == null ? "" : form.username().trim().toLowerCase(Locale.ROOT);
        String displayName =
                form.displayName() == null ? "" : form.displayName().trim();
        String password = form.password() == null ? "" : form.password();
        Map<String, String> errors = new LinkedHashMap<>();
        if (username.isEmpty()) {
            errors.put("username", "account.error.username.required");
        } else if (username.length() > 32) {
            errors.put("username", "account.error.username.too-long");
        } else if (!USERNAME.matcher(username).matches()) {
            errors.put("username", "account.error.username.pattern");
        } else if (users.existsByUsername(username)) {
            errors.put("username", "account.error.username.taken");
        }
        if (displayName.length() > DISPLAY_NAME_MAX) {
            errors.put("displayName", "account.error.display-name.too-long");
        } else if (DisplayNames.hasForbidden(displayName)) {
            errors.put("displayName", "account.error.display-name.characters");
        }
        if (password.length() < PASSWORD_MIN) {
            errors.put("password", "account.error.password.too-short");
        } else if (password.length() > PASSWORD_MAX) {
            errors.put("password", "account.error.password.too-long");
        } else if (!password.equals(form.passwordRepeat())) {
            errors.put("passwordRepeat", "account.error.password.mismatch");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Language language = form.language() == null ? Language.EN : form.language();
        UserAccountEntity account = new UserAccountEntity(
                username,
                displayName.isEmpty() ? username : displayName,
                passwordEncoder.encode(password),
                Role.LEARNER,
                language,
                clock.instant());
        return UserSummary.of(users.save(account));
    }

    /** The logged-in user's own account. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public UserSummary me() {
        return find(currentUser.require().id());
    }

    /** One user's account: only that user or an admin may read it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public UserSummary get(long userId) {
        currentUser.requireSelfOrAdmin(userId);
        return find(userId);
    }

    /**
     * The names of the given users, for screens that list people the caller works with (a class's members,
     * its instructor). Callers check that the caller may see these people; unknown ids are left out.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, UserName> names(Collection<Long> userIds) {
        Map<Long, UserName> out = new LinkedHashMap<>();
        users.findAllById(userIds).forEach(u -> out.put(u.getId(), UserName.of(u)));
        return out;
    }

    /**
     * The users with the given usernames (a bank's co-editors, typed by its owner); unknown names are left out.
     * Gives only what {@link UserName} shows.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<String, UserName> byUsernames(Collection<String> usernames) {
        Map<String, UserName> out = new LinkedHashMap<>();
        for (String name : usernames) {
            users.findByUsername(name).ifPresent(u -> out.put(name, UserName.of(u)));
        }
        return out;
    }

    /** Every account, by username; admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserSummary> listUsers() {
        return users.findAllByOrderByUsernameAsc().stream().map(UserSummary::of).toList();
    }

    /**
     * Gives a user another role; admins only, and an admin cannot demote themself (so an admin always
     * remains). It takes effect at the user's next request, in every open session.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserSummary changeRole(long userId, Role role) {
        AppUserDetails me = currentUser.require();
        if (me.id() == userId && role != Role.ADMIN) {
            throw new AccessDeniedException("An admin cannot remove their own admin role");
        }
        UserAccountEntity account = load(userId);
        account.setRole(role);
        return UserSummary.of(account);
    }

    /**
     * Enables or disables an account; admins only, and not their own (so an admin always remains). A
     * disabled account cannot log in, and its open sessions end at their next request.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserSummary setEnabled(long userId, boolean enabled) {
        AppUserDetails me = currentUser.require();
        if (me.id() == userId && !enabled) {
            throw new AccessDeniedException("An admin cannot disable their own account");
        }
        UserAccountEntity account = load(userId);
        account.setEnabled(enabled);
        return UserSummary.of(account);
    }

    /** Remembers a user's interface language; the user themself or an admin. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public UserSummary changeLanguage(long userId, Language language) {
        currentUser.requireSelfOrAdmin(userId);
        UserAccountEntity account = load(userId);
        account.setLanguage(language);
        return UserSummary.of(account);
    }

    /** Remembers a user's light or dark theme; the user themself or an admin. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public UserSummary changeDarkMode(long userId, boolean dark) {
        currentUser.requireSelfOrAdmin(userId);
        UserAccountEntity account = load(userId);
        account.setDarkMode(dark);
        return UserSummary.of(account);
    }

    private UserSummary find(long userId) {
        return UserSummary.of(load(userId));
    }

    private UserAccountEntity load(long userId) {
        return users.findById(userId).orElseThrow(() -> new IllegalArgumentException("No user with id " + userId));
    }
}
