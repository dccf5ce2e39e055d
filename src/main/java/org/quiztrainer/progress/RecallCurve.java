package org.quiztrainer.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.quiztrainer.srs.MemoryModel;

/**
 * The predicted-recall curve of one card: after each answer recall is 1 and then falls as
 * R(t, S) = (1 + F·t/S)^(−w20) with S the stability the answer left and t the whole days since it,
 * until the next answer (or now). At most {@link #POINTS_PER_GAP} points are drawn per gap.
 */
final class RecallCurve {

    static final int POINTS_PER_GAP = 40;

    private RecallCurve() {}

    static List<RecallPoint> of(List<ReviewEntry> reviews, MemoryModel model, Instant now) {
        List<RecallPoint> out = new ArrayList<>();
        for (int i = 0; i < reviews.size(); i++) {
            ReviewEntry r = reviews.get(i);
            Instant end = i + 1 < reviews.size() ? reviews.get(i + 1).at() : now;
            long days = Math.max(0, Duration.between(r.at(), end).toDays());
            long step = Math.max(1, (days + POINTS_PER_GAP - 1) / POINTS_PER_GAP);
            out.add(new RecallPoint(r.at(), 1.0));
            for (long d = step; d <= days; d += step) {
                out.add(new RecallPoint(r.at().plus(Duration.ofDays(d)), recall(model, d, r.stability())));
            }
            if (days % step != 0 || days == 0) {
                out.add(new RecallPoint(end, recall(model, days, r.stability())));
            }
        }
        return out;
    }

    private static double recall(MemoryModel model, long days, double stability) {
        return model.retrievability((double) days, MemoryModel.round8(Math.max(stability, MemoryModel.S_MIN)));
    }
}
