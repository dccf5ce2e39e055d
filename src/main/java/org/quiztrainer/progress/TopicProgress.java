package org.quiztrainer.progress;

import java.util.List;

/** A topic's mastery and its questions, weakest first (answered ones by recall, then the unseen). */
public record TopicProgress(TopicMastery mastery, List<QuestionRecall> questions) {}
