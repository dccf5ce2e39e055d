package org.quiztrainer.classroom;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/** An assignment as stored: its settings in columns, lists as comma-separated ids. */
@Entity
@Table(name = "assignment")
class AssignmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long classId;
    private String title;
    private String instructions;
    private String questionIds;
    private int randomCount;
    private String randomTopics;
    private String randomTags;
    private int weakestCount;
    private String randomBanks;
    private Instant opensAt;
    private Instant closesAt;
    private Integer timeLimitSeconds;
    private Integer maxAttempts;

    @Enumerated(EnumType.STRING)
    private GradingMethod gradingMethod;

    private boolean shuffleQuestions;
    private boolean shuffleChoices;
    private boolean immediateFeedback;
    private boolean reviewScore;
    private boolean reviewAnswers;
    private boolean reviewCorrect;
    private boolean reviewExplanations;

    @Enumerated(EnumType.STRING)
    private ReviewOptions.When reviewWhen;

    @Version
    private long version;

    protected AssignmentEntity() {}

    AssignmentEntity(long classId, AssignmentSettings s) {
        this.classId = classId;
        apply(s);
    }

    void apply(AssignmentSettings s) {
        title = s.title();
        instructions = s.instructions();
        questionIds = String.join(",", s.questionIds());
        randomCount = s.randomCount();
        randomTopics = String.join(",", s.randomTopics());
        randomTags = String.join(",", s.randomTags());
        weakestCount = s.weakestCount();
        randomBanks = s.randomBanks().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        opensAt = s.opensAt();
        closesAt = s.closesAt();
        timeLimitSeconds = s.timeLimit() == null ? null : (int) s.timeLimit().toSeconds();
        maxAttempts = s.maxAttempts();
        gradingMethod = s.gradingMethod();
        shuffleQuestions = s.shuffleQuestions();
        shuffleChoices = s.shuffleChoices();
        immediateFeedback = s.immediateFeedback();
        reviewScore = s.review().score();
        reviewAnswers = s.review().answers();
        reviewCorrect = s.review().correct();
        reviewExplanations = s.review().explanations();
        reviewWhen = s.review().when();
    }

    AssignmentSettings settings() {
        return new AssignmentSettings(
                title,
                instructions,
                split(questionIds),
                randomCount,
                new LinkedHashSet<>(split(randomTopics)),
                new LinkedHashSet<>(split(randomTags)),
                weakestCount,
                opensAt,
                closesAt,
                timeLimitSeconds == null ? null : Duration.ofSeconds(timeLimitSeconds),
                maxAttempts == null ? AssignmentSettings.UNLIMITED : maxAttempts,
                gradingMethod,
                shuffleQuestions,
                shuffleChoices,
                immediateFeedback,
                new ReviewOptions(reviewScore, reviewAnswers, reviewCorrect, reviewExplanations, reviewWhen),
                split(randomBanks).stream().map(Long::valueOf).collect(Collectors.toSet()));
    }

    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    Long getId() {
        return id;
    }

    long getClassId() {
        return classId;
    }

    String getTitle() {
        return title;
    }

    Instant getOpensAt() {
        return opensAt;
    }

    Instant getClosesAt() {
        return closesAt;
    }
}
