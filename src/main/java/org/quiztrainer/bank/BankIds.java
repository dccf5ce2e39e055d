package org.quiztrainer.bank;

import java.util.regex.Pattern;

/** The rule for ids of questions and topics: lowercase ASCII, at most 80 characters, unique across all banks. */
public final class BankIds {

    /** The longest id allowed. */
    public static final int MAX_LENGTH = 80;

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern RESERVED = Pattern.compile("b[0-9]+\\..*");

    private BankIds() {}

    /** Whether {@code id} matches {@code [a-z0-9][a-z0-9._-]*} and is not too long. */
    public static boolean isValid(String id) {
        return id != null && id.length() <= MAX_LENGTH && ID.matcher(id).matches();
    }

    /**
     * Whether {@code id} has the form {@code b<number>.…} of the ids given to questions and topics of banks
     * written in the app ({@code b7.q42}, {@code b7.t3}); the bank files may not use it.
     */
    public static boolean isReserved(String id) {
        return id != null && RESERVED.matcher(id).matches();
    }

    /** The id of question number {@code n} of bank {@code bankId}. */
    public static String question(long bankId, long n) {
        return "b" + bankId + ".q" + n;
    }

    /** The id of topic number {@code n} of bank {@code bankId}. */
    public static String topic(long bankId, long n) {
        return "b" + bankId + ".t" + n;
    }
}
