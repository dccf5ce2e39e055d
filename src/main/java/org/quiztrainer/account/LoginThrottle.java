package org.quiztrainer.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Throttles failed logins without locking anyone out: {@value #PAIR_LIMIT} failures for one name from one
 * client within {@link #WINDOW} block that name from that client for {@link #BLOCK}, and
 * {@value #CLIENT_LIMIT} failures from one client (whatever the names) block the client. The account's owner,
 * logging in from their own client, is never blocked by someone else's guesses. Counts live in the database,
 * so every node sees the same ones; keys are SHA-256 hashes of the name and client.
 */
@Component
class LoginThrottle {

    static final int PAIR_LIMIT = 5;
    static final int CLIENT_LIMIT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration BLOCK = Duration.ofMinutes(5);

    private final LoginThrottleRepository throttles;
    private final Clock clock;
    private final TransactionTemplate tx;

    LoginThrottle(LoginThrottleRepository throttles, Clock clock, PlatformTransactionManager transactions) {
        this.throttles = throttles;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Whether a login for {@code name} from {@code client} is refused now, whatever its password. */
    boolean blocked(String name, String client) {
        Instant now = clock.instant();
        List<LoginThrottleEntity> rows =
                tx.execute(status -> throttles.findByKeyIn(List.of(pairKey(name, client), clientKey(client))));
        return rows != null && rows.stream().anyMatch(t -> t.isBlockedAt(now));
    }

    /** Counts a failed login for {@code name} from {@code client}. */
    void failed(String name, String client) {
        Instant now = clock.instant();
        try {
            tx.executeWithoutResult(status -> {
                count(pairKey(name, client), now, PAIR_LIMIT);
                count(clientKey(client), now, CLIENT_LIMIT);
                throttles.deleteStale(now.minus(WINDOW).minus(BLOCK));
            });
        } catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
            tx.executeWithoutResult(status -> {
                count(pairKey(name, client), now, PAIR_LIMIT);
                count(clientKey(client), now, CLIENT_LIMIT);
            });
        }
    }

    /** Forgets the failures of {@code name} from {@code client} after a successful login. */
    void succeeded(String name, String client) {
        tx.executeWithoutResult(status -> throttles.deleteByKey(pairKey(name, client)));
    }

    private void count(String key, Instant now, int limit) {
        LoginThrottleEntity t = throttles.findByKey(key).orElseGet(() -> new LoginThrottleEntity(key, now));
        t.fail(now, WINDOW, limit, BLOCK);
        throttles.saveAndFlush(t);
    }

    private static String pairKey(String name, String client) {
        return hash("name\u0000" + name + "\u0000" + client);
    }

    private static String clientKey(String client) {
        return hash("client\u0000" + client);
    }

    private static String hash(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
