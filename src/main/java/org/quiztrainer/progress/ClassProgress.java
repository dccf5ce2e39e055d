package org.quiztrainer.progress;

import java.util.List;

/**
 * A class's memory: learners × topics, and the items it forgets most.
 *
 * @param topics   the matrix columns, in tree order
 * @param learners the rows, learners at risk first, then by name
 * @param items    the most forgotten questions, highest lapse rate first
 */
public record ClassProgress(
        long classId, List<TopicMastery> topics, List<LearnerProgress> learners, List<ItemForgetting> items) {

    /** A learner whose mean predicted recall on assigned questions is under this is at risk. */
    public static final double AT_RISK_RECALL = 0.6;
    /** How many of the most forgotten items are listed. */
    public static final int ITEMS = 15;
}
