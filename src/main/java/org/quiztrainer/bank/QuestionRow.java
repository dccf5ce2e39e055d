package org.quiztrainer.bank;

/** A question as listed, read without its content. */
record QuestionRow(
        String id,
        String topicId,
        String questionType,
        String textZh,
        String textEn,
        int revision,
        long bankId,
        String bankKey,
        boolean retired,
        boolean selfGraded) {

    QuestionSummary toSummary() {
        return new QuestionSummary(
                id,
                topicId,
                QuestionType.fromCode(questionType).orElseThrow(),
                new LocalizedText(textZh, textEn),
                revision,
                bankId,
                bankKey,
                retired,
                selfGraded);
    }
}
