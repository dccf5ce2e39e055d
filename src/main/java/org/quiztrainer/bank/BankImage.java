package org.quiztrainer.bank;

/**
 * An image of a bank, to serve.
 *
 * @param mediaType {@code image/png}, {@code image/jpeg}, {@code image/gif} or {@code image/webp}
 */
public record BankImage(long id, long bankId, String mediaType, byte[] bytes) {}
