package org.quiztrainer.bank;

import java.util.Optional;

/**
 * What the bank browser asks for; every part is optional.
 *
 * @param topicId a topic: its questions and those of its descendants
 * @param type    one type
 * @param tag     one tag
 * @param words   text to find in either language (id, text, explanation, tags), case-insensitive
 */
public record QuestionFilter(
        Optional<String> topicId, Optional<QuestionType> type, Optional<String> tag, Optional<String> words) {

    /** No filter: the whole bank. */
    public static final QuestionFilter ALL =
            new QuestionFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public QuestionFilter {
        words = words.map(String::strip).filter(w -> !w.isEmpty());
        tag = tag.map(String::strip).filter(t -> !t.isEmpty());
    }
}
