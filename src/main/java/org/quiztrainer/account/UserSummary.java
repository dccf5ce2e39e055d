package org.quiztrainer.account;

import java.time.Instant;

/**
 * What the UI may know of a user: never the password hash. The display name comes without the characters
 * {@link DisplayNames} refuses, even when stored before the rule.
 *
 * @param enabled whether the account may log in
 */
public record UserSummary(
        long id,
        String username,
        String displayName,
        Role role,
        Language language,
        boolean darkMode,
        Instant createdAt,
        boolean enabled) {

    static UserSummary of(UserAccountEntity account) {
        return new UserSummary(
                account.getId(),
                account.getUsername(),
                DisplayNames.clean(account.getDisplayName()),
                account.getRole(),
                account.getLanguage(),
                account.isDarkMode(),
                account.getCreatedAt(),
                account.isEnabled());
    }
}
