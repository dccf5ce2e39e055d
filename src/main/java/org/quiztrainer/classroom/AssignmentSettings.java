package org.quiztrainer.classroom;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Everything an instructor sets for an assignment. The questions of one learner's attempt are the picked
 * ones, then {@code randomCount} drawn from the topics and tags (the same draw for every attempt of that
 * learner), then the {@code weakestCount} questions with that learner's lowest predicted recall.
 *
 * @param questionIds      questions picked from the bank, in order
 * @param randomCount      how many random questions per learner, from {@code randomTopics} and {@code randomTags}
 * @param weakestCount     how many of each learner's weakest questions (from the topics and tags, or the bank)
 * @param timeLimit        the time an attempt may take, or null for none
 * @param maxAttempts      attempts allowed per learner; {@value #UNLIMITED} for unlimited
 * @param shuffleQuestions whether each attempt shows the questions in its own order
 * @param shuffleChoices   whether each attempt shows choices, items and right sides in its own order
 * @param immediateFeedback whether each answer is marked as soon as it is saved (else after submitting)
 * @param randomBanks      the banks random and weakest questions are drawn from; empty: the banks of
 *                         {@code randomTopics}, or the built-in bank when no topic is given
 */
public record AssignmentSettings(
        String title,
        String instructions,
        List<String> questionIds,
        int randomCount,
        Set<String> randomTopics,
        Set<String> randomTags,
        int weakestCount,
        Instant opensAt,
        Instant closesAt,
        Duration timeLimit,
        int maxAttempts,
        GradingMethod gradingMethod,
        boolean shuffleQuestions,
        boolean shuffleChoices,
        boolean immediateFeedback,
        ReviewOptions review,
        Set<Long> randomBanks) {

    /** {@link #maxAttempts()} for no limit. */
    public static final int UNLIMITED = 0;

    public AssignmentSettings {
        title = title == null ? "" : title.strip();
        instructions = instructions == null ? "" : instructions.strip();
        questionIds = questionIds == null ? List.of() : List.copyOf(questionIds);
        randomTopics = randomTopics == null ? Set.of() : Set.copyOf(randomTopics);
        randomTags = randomTags == null ? Set.of() : Set.copyOf(randomTags);
        review = review == null ? ReviewOptions.ALL : review;
        gradingMethod = gradingMethod == null ? GradingMethod.HIGHEST : gradingMethod;
        randomBanks = randomBanks == null ? Set.of() : Set.copyOf(randomBanks);
    }

    /** Settings that draw from the banks of their topics, or the built-in bank. */
    public AssignmentSettings(
            String title,
            String instructions,
            List<String> questionIds,
            int randomCount,
            Set<String> randomTopics,
            Set<String> randomTags,
            int weakestCount,
            Instant opensAt,
            Instant closesAt,
            Duration timeLimit,
            int maxAttempts,
            GradingMethod gradingMethod,
            boolean shuffleQuestions,
            boolean shuffleChoices,
            boolean immediateFeedback,
            ReviewOptions review) {
        this(
                title,
                instructions,
                questionIds,
                randomCount,
                randomTopics,
                randomTags,
                weakestCount,
                opensAt,
                closesAt,
                timeLimit,
                maxAttempts,
                gradingMethod,
                shuffleQuestions,
                shuffleChoices,
                immediateFeedback,
                review,
                Set.of());
    }

    /** These settings drawing from other banks (empty: the banks of the topics, or the built-in bank). */
    public AssignmentSettings withBanks(Set<Long> banks) {
        return new AssignmentSettings(
                title,
                instructions,
                questionIds,
                randomCount,
                randomTopics,
                randomTags,
                weakestCount,
                opensAt,
                closesAt,
                timeLimit,
                maxAttempts,
                gradingMethod,
                shuffleQuestions,
                shuffleChoices,
                immediateFeedback,
                review,
                banks);
    }

    /** A one-attempt assignment of the given questions, open between the two times, with full review. */
    public static AssignmentSettings of(String title, List<String> questionIds, Instant opensAt, Instant closesAt) {
        return new AssignmentSettings(
                title,
                "",
                questionIds,
                0,
                Set.of(),
                Set.of(),
                0,
                opensAt,
                closesAt,
                null,
                1,
                GradingMethod.HIGHEST,
                false,
                false,
                true,
                ReviewOptions.ALL);
    }

    /** These settings with another time limit (null for none). */
    public AssignmentSettings withTimeLimit(Duration limit) {
        return new AssignmentSettings(
                title,
                instructions,
                questionIds,
                randomCount,
                randomTopics,
                randomTags,
                weakestCount,
                opensAt,
                closesAt,
                limit,
                maxAttempts,
                gradingMethod,
                shuffleQuestions,
                shuffleChoices,
                immediateFeedback,
                review,
                randomBanks);
    }

    /** These settings with other attempts allowed and grading method. */
    public AssignmentSettings withAttempts(int attempts, GradingMethod method) {
        return new AssignmentSettings(
                title,
                instructions,
                questionIds,
                randomCount,
                randomTopics,
                randomTags,
                weakestCount,
                opensAt,
                closesAt,
                timeLimit,
                attempts,
                method,
                shuffleQuestions,
                shuffleChoices,
                immediateFeedback,
                review,
                randomBanks);
    }

    /** These settings with other drawn questions: {@code random} from the topics and tags, {@code weakest}. */
    public AssignmentSettings withDrawn(int random, Set<String> topics, Set<String> tags, int weakest) {
        return new AssignmentSettings(
                title,
                instructions,
                questionIds,
                random,
                topics,
                tags,
                weakest,
                opensAt,
                closesAt,
                timeLimit,
                maxAttempts,
                gradingMethod,
                shuffleQuestions,
                shuffleChoices,
                immediateFeedback,
                review,
                randomBanks);
    }

    /** These settings with other feedback, shuffling and review options. */
    public AssignmentSettings withPresentation(
            boolean shuffleQ, boolean shuffleC, boolean immediate, ReviewOptions options) {
        return new AssignmentSettings(
                title,
                instructions,
                questionIds,
                randomCount,
                randomTopics,
                randomTags,
                weakestCount,
                opensAt,
                closesAt,
                timeLimit,
                maxAttempts,
                gradingMethod,
                shuffleQ,
                shuffleC,
                immediate,
                options,
                randomBanks);
    }

    /** How many questions each attempt asks (fewer if the bank has too few to draw from). */
    public int questionCount() {
        return questionIds.size() + randomCount + weakestCount;
    }
}
