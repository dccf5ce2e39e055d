package org.quiztrainer.account;

import java.time.Instant;

/** What the UI may know of a user: never the password hash. */
public record UserSummary(
        long id,
        String username,
        String displayName,
        Role role,
        Language language,
        boolean darkMode,
        Instant createdAt) {

    static UserSummary of(UserAccountEntity account) {
        return new UserSummary(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getRole(),
                account.getLanguage(),
                account.isDarkMode(),
                account.getCreatedAt());
    }
}
