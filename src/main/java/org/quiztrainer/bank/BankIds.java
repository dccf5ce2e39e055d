package org.quiztrainer.bank;

import java.util.regex.Pattern;

/** The rule for ids in the bank: lowercase ASCII, at most 80 characters. */
public final class BankIds {

    /** The longest id allowed. */
    public static final int MAX_LENGTH = 80;

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private BankIds() {}

    /** Whether {@code id} matches {@code [a-z0-9][a-z0-9._-]*} and is not too long. */
    public static boolean isValid(String id) {
        return id != null && id.length() <= MAX_LENGTH && ID.matcher(id).matches();
    }
}
