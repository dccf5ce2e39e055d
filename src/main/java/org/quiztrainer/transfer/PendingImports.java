package org.quiztrainer.transfer;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The previews waiting for their user's confirmation, held by the node that read the file (the user's Vaadin
 * session is on it: sticky sessions). Each user has at most one: a new preview replaces the last. A preview expires
 * after {@link #TTL}; taking one removes it, so an import is never confirmed twice.
 */
@Component
class PendingImports {

    /** How long a preview waits for its confirmation. */
    static final Duration TTL = Duration.ofMinutes(30);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, PendingImport> byToken = new LinkedHashMap<>();
    private final Clock clock;

    PendingImports(Clock clock) {
        this.clock = clock;
    }

    /** Keeps a preview for its user and returns its token; the user's earlier one is dropped. */
    synchronized String put(PendingImport pending) {
        expire();
        byToken.values().removeIf(p -> p.userId() == pending.userId());
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        byToken.put(token, pending.at(clock.instant(), token));
        return token;
    }

    /** The user's preview with that token, removed: it can be taken once. */
    synchronized Optional<PendingImport> take(String token, long userId) {
        expire();
        PendingImport p = byToken.get(token);
        if (p == null || p.userId() != userId) {
            return Optional.empty();
        }
        byToken.remove(token);
        return Optional.of(p);
    }

    private void expire() {
        Instant oldest = clock.instant().minus(TTL);
        byToken.values().removeIf(p -> p.createdAt().isBefore(oldest));
    }
}
