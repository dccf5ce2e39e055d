package org.quiztrainer.classroom;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Join codes: {@value #LENGTH} characters from an alphabet of 31 without look-alikes (no 0/O, 1/I/L),
 * drawn from a {@link SecureRandom}: {@code 31^8} (about {@code 8.5 * 10^11}) codes, too many to guess.
 */
final class JoinCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {}

    static String next() {
        StringBuilder out = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    /** A typed code as stored: upper case, spaces and dashes dropped. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
