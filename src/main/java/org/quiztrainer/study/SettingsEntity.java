package org.quiztrainer.study;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.ZoneId;

/** The stored form of {@link StudySettings}. */
@Entity
@Table(name = "study_settings")
class SettingsEntity {

    @Id
    @Column(name = "learner_id")
    private Long learnerId;

    @Column(name = "desired_retention")
    private double desiredRetention;

    @Column(name = "new_per_day")
    private int newPerDay;

    @Column(name = "max_reviews_per_day")
    private int maxReviewsPerDay;

    @Column(name = "learning_steps")
    private String learningSteps;

    @Column(name = "relearning_steps")
    private String relearningSteps;

    @Column(name = "day_start_hour")
    private int dayStartHour;

    @Column(name = "time_zone")
    private String timeZone;

    @Version
    private long version;

    protected SettingsEntity() {}

    SettingsEntity(long learnerId) {
        this.learnerId = learnerId;
    }

    long getLearnerId() {
        return learnerId;
    }

    void apply(StudySettings s) {
        desiredRetention = s.desiredRetention();
        newPerDay = s.newPerDay();
        maxReviewsPerDay = s.maxReviewsPerDay();
        learningSteps = StudySettings.formatSteps(s.learningSteps());
        relearningSteps = StudySettings.formatSteps(s.relearningSteps());
        dayStartHour = s.dayStartHour();
        timeZone = s.zone().getId();
    }

    StudySettings toSettings() {
        return new StudySettings(
                desiredRetention,
                newPerDay,
                maxReviewsPerDay,
                StudySettings.parseSteps(learningSteps),
                StudySettings.parseSteps(relearningSteps),
                dayStartHour,
                ZoneId.of(timeZone));
    }
}
