package org.quiztrainer.srs.workload;

import java.util.Locale;
import org.quiztrainer.srs.MemoryModel;
import org.quiztrainer.srs.MemoryState;
import org.quiztrainer.srs.Parameters;
import org.quiztrainer.srs.Rating;

/**
 * FSRS at a fixed desired retention r exactly as the FSRS authors' published simulation schedules it
 * (SSP-MMC-FSRS {@code policies.create_dr_policy} with {@code core.next_interval_torch}): from the
 * learner's true stability S,
 * $$I = \max(1, \lfloor S \cdot \frac{r^{-1/w_{20}} - 1}{\text{factor}} \rfloor)$$
 * Unlike the project's {@code Scheduler} (ts-fsrs) it rounds down and does not order the four
 * outcomes; it is here to reproduce the published method, next to the real scheduler.
 */
public final class DesiredRetentionPolicy implements DailyPolicy {

    private final double retention;
    private final double modifier;

    /** The published rule at desired retention {@code retention}, with the default FSRS-6 decay. */
    public DesiredRetentionPolicy(double retention) {
        this(retention, Parameters.DEFAULT_WEIGHTS.get(20));
    }

    /** The published rule at desired retention {@code retention} for the decay {@code w20}. */
    public DesiredRetentionPolicy(double retention, double w20) {
        if (!(retention > 0 && retention < 1)) {
            throw new IllegalArgumentException("retention must be in (0, 1), was " + retention);
        }
        this.retention = retention;
        this.modifier = MemoryModel.intervalModifier(retention, w20);
    }

    @Override
    public String name() {
        return String.format(Locale.ROOT, "DR=%.2f (published rule)", retention);
    }

    @Override
    public void start(int deckSize) {}

    @Override
    public double interval(int card, int day, double previousInterval, Rating rating, MemoryState truth) {
        return Math.max(1, Math.floor(truth.stability() * modifier));
    }
}
