package org.quiztrainer.bank;

/** A row of the bank browser: enough to list a question without reading its content. */
public record QuestionSummary(String id, String topicId, QuestionType type, LocalizedText text, int revision) {}
