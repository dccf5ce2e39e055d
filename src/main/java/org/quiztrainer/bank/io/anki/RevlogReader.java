package org.quiztrainer.bank.io.anki;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quiztrainer.bank.io.ReviewHistory;
import org.quiztrainer.bank.io.ReviewHistory.Kind;

/**
 * The review log of a collection by card, oldest first. A row's id is when it was answered (epoch
 * milliseconds), {@code ease} the button (0 for a row without an answer), {@code time} the milliseconds taken,
 * {@code type} its kind (0 learn, 1 review, 2 relearn, 3 filtered, 4 manual, 5 rescheduled; a manual row with
 * {@code factor} 0 is a reset to new, {@code RevlogEntry::is_reset}). The V1 scheduler had three buttons in
 * learning, so its learning ratings 2 and 3 are Good and Easy, as Anki's own upgrade to V2 shifts them
 * ({@code storage/revlog/v2_upgrade.sql}: {@code ease = ease + 1 where ease in (2, 3) and type in (0, 2)}).
 */
final class RevlogReader {

    private final Connection db;
    private final boolean v1;

    RevlogReader(Connection db, boolean v1) {
        this.db = db;
        this.v1 = v1;
    }

    Map<Long, List<ReviewHistory.Review>> byCard() throws SQLException {
        Map<Long, List<ReviewHistory.Review>> out = new HashMap<>();
        try (PreparedStatement s =
                db.prepareStatement("select id, cid, ease, time, type, factor from revlog order by cid, id")) {
            s.setQueryTimeout(CollectionFile.QUERY_SECONDS);
            ResultSet r = s.executeQuery();
            while (r.next()) {
                int type = r.getInt(5);
                int ease = r.getInt(3);
                if (v1 && (type == 0 || type == 2) && (ease == 2 || ease == 3)) {
                    ease++;
                }
                Kind kind = kind(type, r.getInt(6));
                if (ease < 0 || ease > 4 || kind == null) {
                    continue;
                }
                out.computeIfAbsent(r.getLong(2), k -> new ArrayList<>())
                        .add(new ReviewHistory.Review(
                                Instant.ofEpochMilli(r.getLong(1)),
                                kind == Kind.RESET || kind == Kind.RESCHEDULED ? 0 : ease,
                                kind,
                                Math.max(0, r.getLong(4))));
            }
        }
        return out;
    }

    private static Kind kind(int type, int factor) {
        return switch (type) {
            case 0 -> Kind.LEARN;
            case 1 -> Kind.REVIEW;
            case 2 -> Kind.RELEARN;
            case 3 -> Kind.FILTERED;
            case 4 -> factor == 0 ? Kind.RESET : Kind.MANUAL;
            case 5 -> Kind.RESCHEDULED;
            default -> null;
        };
    }
}
