package org.quiztrainer.study;

import java.util.ArrayList;
import java.util.List;
import org.quiztrainer.account.CurrentUser;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.QuestionFilter;
import org.quiztrainer.srs.optimizer.LoggedReview;
import org.quiztrainer.srs.workload.DailyConfig;
import org.quiztrainer.srs.workload.DailyLearner;
import org.quiztrainer.srs.workload.DailyResult;
import org.quiztrainer.srs.workload.DailySimulator;
import org.quiztrainer.srs.workload.DesiredRetentionPolicy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workload chart: for each desired retention from 0.70 to 0.97, the day-by-day simulation
 * ({@link DailySimulator}) of a year of study of the bank's questions at the learner's new cards and review
 * limit, their memory following their own weights and the schedule the one FSRS gives at that retention;
 * reviews and minutes a day and cards memorised at the end, and the retention of least study time per
 * memorised card. Only the learner or an admin may read it.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class WorkloadService {

    /** Simulated days. */
    public static final int DAYS = 365;

    private static final int SEEDS = 2;

    private final MemoryModels models;
    private final StudySettingsService settings;
    private final ReviewHistory history;
    private final BankService bank;
    private final CurrentUser currentUser;

    WorkloadService(
            MemoryModels models,
            StudySettingsService settings,
            ReviewHistory history,
            BankService bank,
            CurrentUser currentUser) {
        this.models = models;
        this.settings = settings;
        this.history = history;
        this.bank = bank;
        this.currentUser = currentUser;
    }

    /** The learner's workload by desired retention. */
    @Transactional(readOnly = true)
    public Workload workload(long learnerId) {
        currentUser.requireSelfOrAdmin(learnerId);
        StudySettings s = settings.current(learnerId);
        List<LoggedReview> log = history.log(learnerId);
        List<Double> weights = models.weights(learnerId);
        int deck = (int) Math.max(1, Math.min(100_000, bank.count(QuestionFilter.ALL)));
        int newPerDay = Math.max(1, s.newPerDay());
        DailyLearner learner = WorkloadProfile.of(log, s);
        List<WorkloadPoint> points = new ArrayList<>();
        WorkloadPoint best = null;
        for (int percent = 70; percent <= 97; percent++) {
            double retention = percent / 100.0;
            List<DailyResult> runs = new ArrayList<>();
            for (long seed = 1; seed <= SEEDS; seed++) {
                DailyConfig config = new DailyConfig(
                        deck,
                        DAYS,
                        newPerDay,
                        s.maxReviewsPerDay(),
                        12 * 3600.0,
                        Double.POSITIVE_INFINITY,
                        weights,
                        seed);
                runs.add(DailySimulator.run(config, learner, new DesiredRetentionPolicy(retention, weights.get(20))));
            }
            DailyResult mean = DailyResult.mean(runs);
            WorkloadPoint point =
                    new WorkloadPoint(retention, mean.reviewsPerDay(), mean.minutesPerDay(), mean.memorisedAtEnd());
            points.add(point);
            if (best == null || point.minutesPerMemorised(DAYS) < best.minutesPerMemorised(DAYS)) {
                best = point;
            }
        }
        return new Workload(points, s.desiredRetention(), best.retention(), deck, DAYS, newPerDay);
    }
}
