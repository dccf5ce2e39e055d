package org.quiztrainer.study.ui;

import com.vaadin.flow.component.Component;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Supplier;
import org.quiztrainer.srs.optimizer.FsrsOptimizer;
import org.quiztrainer.study.FitFigures;
import org.quiztrainer.study.MemoryModelStatus;
import org.quiztrainer.study.OptimisationRun;

/** The sentences of the memory-model section, in the UI's language. */
final class MemoryModelText {

    private final Component owner;
    private final Supplier<Locale> locale;

    MemoryModelText(Component owner, Supplier<Locale> locale) {
        this.owner = owner;
        this.locale = locale;
    }

    private String t(String key, Object... params) {
        return owner.getTranslation(key, params);
    }

    private Locale locale() {
        return locale.get();
    }

    /** Default or fitted, when and on how many reviews. */
    String model(MemoryModelStatus s, ZoneId zone) {
        if (!s.fitted()) {
            return t("memory.default");
        }
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale())
                .format(s.fittedAt().atZone(zone));
        return t("memory.fitted", date, number(s.fittedOnReviews()));
    }

    /** How well the weights in force predict the learner's history. */
    String figures(MemoryModelStatus s) {
        if (s.current() == null) {
            return t("memory.figures.none");
        }
        return t("memory.figures", logLoss(s.current()), rmse(s.current()));
    }

    /** The reviews the learner has and what Optimise can do with them. */
    String history(MemoryModelStatus s) {
        String counts = t("memory.reviews", number(s.reviews()), number(s.items()), number(s.trainingItems()));
        if (!s.canOptimise()) {
            return counts + " "
                    + t("memory.minimum", FsrsOptimizer.MIN_ITEMS, number(s.trainingItems()), number(s.itemsNeeded()));
        }
        if (!s.fullFit()) {
            return counts + " " + t("memory.partial", FsrsOptimizer.MIN_ITEMS_FOR_FULL_FIT);
        }
        return counts;
    }

    /** The outcome of a finished run, or its progress. */
    String run(OptimisationRun run) {
        return switch (run.status()) {
            case RUNNING -> t("memory.running", Math.round(run.progress() * 100));
            case IMPROVED -> improved(run);
            case NOT_BETTER -> t("memory.result.not-better", logLoss(run.before()), logLoss(run.after()));
            case TOO_LITTLE -> t("memory.result.too-little");
            case TIMED_OUT -> t("memory.result.timed-out");
            case FAILED -> t("memory.result.failed");
        };
    }

    private String improved(OptimisationRun run) {
        long closer = run.before() == null ? 0 : Math.round(100 * run.before().closerBy(run.after()));
        String cards = number(run.cardsUpdated() == null ? 0 : run.cardsUpdated());
        if (closer < 1) {
            return t("memory.result.improved-same", logLoss(run.before()), logLoss(run.after()), cards);
        }
        return t(
                "memory.result.improved",
                logLoss(run.before()),
                logLoss(run.after()),
                rmse(run.before()),
                rmse(run.after()),
                closer,
                cards);
    }

    private String logLoss(FitFigures f) {
        return f == null ? "–" : String.format(locale(), "%.4f", f.logLoss());
    }

    private String rmse(FitFigures f) {
        return f == null ? "–" : String.format(locale(), "%.2f%%", f.rmseBins() * 100);
    }

    private String number(long n) {
        return String.format(locale(), "%,d", n);
    }
}
