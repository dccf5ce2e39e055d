package org.quiztrainer.account;

/** A self-registration form as typed by the person; validated by {@link AccountService#register}. */
public record Registration(
        String username, String displayName, String password, String passwordRepeat, Language language) {}
