package org.quiztrainer.bank;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Tells an image by its first bytes, never by its name: PNG, JPEG, GIF or WebP, at most {@link #MAX_BYTES}.
 */
public final class ImageCheck {

    /** The largest image kept: 2 MB. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private ImageCheck() {}

    /**
     * An image that passed the check.
     *
     * @param mediaType {@code image/png}, {@code image/jpeg}, {@code image/gif} or {@code image/webp}
     * @param sha256    the SHA-256 of the bytes, in hex
     */
    public record Checked(String mediaType, byte[] bytes, String sha256) {}

    /** Why an upload is not kept. */
    public enum Refusal {
        EMPTY,
        TOO_LARGE,
        NOT_AN_IMAGE
    }

    /** The image, or why it is refused. */
    public static Result check(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return new Result(Optional.empty(), Optional.of(Refusal.EMPTY));
        }
        if (bytes.length > MAX_BYTES) {
            return new Result(Optional.empty(), Optional.of(Refusal.TOO_LARGE));
        }
        return mediaType(bytes)
                .map(type -> new Result(Optional.of(new Checked(type, bytes.clone(), sha256(bytes))), Optional.empty()))
                .orElseGet(() -> new Result(Optional.empty(), Optional.of(Refusal.NOT_AN_IMAGE)));
    }

    /** The outcome of {@link #check}: exactly one of the two is present. */
    public record Result(Optional<Checked> image, Optional<Refusal> refusal) {}

    /** The media type the bytes start with, if it is one of the four kept. */
    static Optional<String> mediaType(byte[] b) {
        if (startsWith(b, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(b, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(b, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || startsWith(b, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("image/gif");
        }
        if (b.length >= 12
                && startsWith(b, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && Arrays.equals(Arrays.copyOfRange(b, 8, 12), "WEBP".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        return b.length >= prefix.length && Arrays.equals(Arrays.copyOf(b, prefix.length), prefix);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
