package org.quiztrainer.bank.io.anki;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * When an Anki card is due, from its {@code cards} row and the collection's day settings, as Anki's
 * {@code scheduler/timing.rs} counts days. Review and day-learning cards are due on a day number counted
 * from the collection's creation; learning cards at a time in epoch seconds; new cards have no due date.
 *
 * <p>Day {@code d} starts at:
 * <ul>
 *   <li>V1 scheduler (no {@code rollover}): {@code crt + 86400·d};
 *   <li>V2 without {@code creationOffset}: {@code r + 86400·d}, where {@code r} is the rollover hour on the
 *       day of {@code crt} in the user's UTC offset;
 *   <li>V2 with {@code creationOffset}: the rollover hour, in the user's offset ({@code localOffset}, else
 *       the creation offset), of the date {@code date(crt in creationOffset) + d}.
 * </ul>
 * Offsets are Anki's minutes west of UTC, clamped to ±23 h.
 *
 * @param crt            the collection's creation, epoch seconds
 * @param rollover       the hour a day starts, or {@code null} for the V1 scheduler
 * @param creationOffset minutes west of UTC when the collection was made, or {@code null}
 * @param localOffset    the user's minutes west of UTC, or {@code null}
 */
record AnkiDays(long crt, Integer rollover, Integer creationOffset, Integer localOffset) {

    /** Anki's test for a due number in seconds rather than days ({@code is_unix_epoch_timestamp}). */
    private static final long EPOCH_SECONDS = 1_000_000_000L;

    /**
     * The due date of a card.
     *
     * @param type  {@code cards.type}: 0 new, 1 learning, 2 review, 3 relearning
     * @param queue {@code cards.queue}: 0 new, 1 learning, 2 review, 3 day learning, 4 preview, -1 suspended,
     *              -2 and -3 buried
     * @param due   {@code cards.due}
     * @param odue  {@code cards.odue}, its due date in its home deck while it sits in a filtered deck
     * @param odid  {@code cards.odid}, its home deck when in a filtered deck, else 0
     */
    Optional<Instant> due(int type, int queue, long due, long odue, long odid) {
        if (type == 0 || queue == 0) {
            return Optional.empty();
        }
        long value = odid != 0 && odue != 0 ? odue : due;
        if (queue == 1 || queue == 4) {
            return Optional.of(Instant.ofEpochSecond(value));
        }
        if (queue == 2 || queue == 3 || type == 2) {
            return Optional.of(dayStart(value));
        }
        return Optional.of(value > EPOCH_SECONDS ? Instant.ofEpochSecond(value) : dayStart(value));
    }

    /** When day number {@code day} of the collection starts. */
    Instant dayStart(long day) {
        if (rollover == null) {
            return Instant.ofEpochSecond(crt + 86_400L * day);
        }
        int hour = Math.floorMod(rollover, 24);
        ZoneOffset user = offset(localOffset != null ? localOffset : creationOffset != null ? creationOffset : 0);
        if (creationOffset == null) {
            LocalDate created = Instant.ofEpochSecond(crt).atOffset(user).toLocalDate();
            return created.atTime(hour, 0).toInstant(user).plusSeconds(86_400L * day);
        }
        LocalDate created =
                Instant.ofEpochSecond(crt).atOffset(offset(creationOffset)).toLocalDate();
        return created.plusDays(day).atTime(hour, 0).toInstant(user);
    }

    private static ZoneOffset offset(int minutesWest) {
        int clamped = Math.max(-23 * 60, Math.min(23 * 60, minutesWest));
        return ZoneOffset.ofTotalSeconds(-clamped * 60);
    }
}
