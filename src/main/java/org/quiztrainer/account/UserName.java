package org.quiztrainer.account;

/**
 * How another user is named on screen: their display name (without the characters {@link DisplayNames}
 * refuses) and username, nothing else of the account.
 */
public record UserName(long id, String username, String displayName) {

    static UserName of(UserAccountEntity account) {
        return new UserName(account.getId(), account.getUsername(), DisplayNames.clean(account.getDisplayName()));
    }
}
