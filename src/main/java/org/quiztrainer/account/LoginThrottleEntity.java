package org.quiztrainer.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/** Failed logins counted under one key (a name from a client, or a client), and until when it is blocked. */
@Entity
@Table(name = "login_throttle")
class LoginThrottleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "throttle_key", nullable = false, length = 64)
    private String key;

    private int failures;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    @Version
    private long version;

    protected LoginThrottleEntity() {}

    LoginThrottleEntity(String key, Instant now) {
        this.key = key;
        this.windowStart = now;
    }

    boolean isBlockedAt(Instant now) {
        return blockedUntil != null && now.isBefore(blockedUntil);
    }

    /**
     * Counts a failure at {@code now}: failures older than {@code window} are forgotten first; the
     * {@code limit}-th failure within the window blocks the key for {@code block}.
     */
    void fail(Instant now, Duration window, int limit, Duration block) {
        if (isBlockedAt(now)) {
            return;
        }
        if (!now.isBefore(windowStart.plus(window)) || blockedUntil != null) {
            windowStart = now;
            failures = 0;
            blockedUntil = null;
        }
        failures++;
        if (failures >= limit) {
            blockedUntil = now.plus(block);
        }
    }
}
