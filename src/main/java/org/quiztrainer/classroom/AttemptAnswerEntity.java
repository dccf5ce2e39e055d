package org.quiztrainer.classroom;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The answer saved for one question of an attempt, its automatic score and any override by the instructor. */
@Entity
@Table(name = "attempt_answer")
class AttemptAnswerEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long attemptId;
    private String questionId;
    private String response;
    private double autoScore;
    private Double overrideScore;
    private String overrideComment;
    private long answerMs;

    @SuppressWarnings("UnusedVariable") // kept for the record; no screen shows it yet
    private Instant answeredAt;

    private boolean hinted;

    @Version
    private long version;

    protected AttemptAnswerEntity() {}

    AttemptAnswerEntity(long attemptId, String questionId) {
        this.attemptId = attemptId;
        this.questionId = questionId;
    }

    /**
     * Saves an answer. With immediate feedback the learner saw the verdict of the answer saved before, so
     * replacing one that was not fully right marks this answer as hinted (found with the verdict's help).
     */
    void answer(String encodedResponse, double score, long ms, Instant at, boolean immediateFeedback) {
        if (immediateFeedback && this.response != null && this.autoScore < 1) {
            this.hinted = true;
        }
        this.response = encodedResponse;
        this.autoScore = score;
        this.answerMs = ms;
        this.answeredAt = at;
    }

    void override(Double score, String comment) {
        this.overrideScore = score;
        this.overrideComment = comment;
    }

    /** The mark that counts: the instructor's override, else the automatic score. */
    double mark() {
        return overrideScore != null ? overrideScore : autoScore;
    }

    Long getId() {
        return id;
    }

    long getAttemptId() {
        return attemptId;
    }

    String getQuestionId() {
        return questionId;
    }

    String getResponse() {
        return response;
    }

    double getAutoScore() {
        return autoScore;
    }

    Double getOverrideScore() {
        return overrideScore;
    }

    String getOverrideComment() {
        return overrideComment;
    }

    long getAnswerMs() {
        return answerMs;
    }

    boolean isHinted() {
        return hinted;
    }

    long getVersion() {
        return version;
    }
}
