package org.quiztrainer.progress;

import org.quiztrainer.bank.LocalizedText;

/**
 * How well a topic (with its subtopics) is remembered.
 *
 * @param depth      0 for a root topic, 1 for its children, ...
 * @param questions  live questions in the topic and its subtopics
 * @param learned    of those, cards that graduated to Review (and are not relearning)
 * @param recallNow  mean predicted recall now, an unseen question counting as 0
 * @param recallWeek the same in 7 days if nothing is reviewed
 */
public record TopicMastery(
        String topicId,
        LocalizedText name,
        int depth,
        int questions,
        int learned,
        double recallNow,
        double recallWeek) {}
