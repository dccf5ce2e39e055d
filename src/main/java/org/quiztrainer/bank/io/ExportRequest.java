package org.quiztrainer.bank.io;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.Topic;

/**
 * What to export: a bank's topics and questions.
 *
 * @param title     the bank's title (an Anki deck name, a Moodle top category)
 * @param topics    the topic tree (questions refer to it by id)
 * @param questions the questions with the identity to write, so that importing the file again updates them
 * @param locale    the language written by one-language formats (GIFT, Moodle XML, Anki, Quizlet);
 *                  CSV writes both
 * @param media     the bytes of an image a question's HTML refers to, by its name
 */
public record ExportRequest(
        String title,
        List<Topic> topics,
        List<Entry> questions,
        Locale locale,
        Function<String, Optional<ImportMedia>> media) {

    public ExportRequest {
        topics = List.copyOf(topics);
        questions = List.copyOf(questions);
        media = media == null ? name -> Optional.empty() : media;
        if (title == null || locale == null) {
            throw new IllegalArgumentException("an export needs a title and a language");
        }
    }

    /**
     * One question to write.
     *
     * @param identity its import identity (the question id when it was not imported)
     * @param question the question
     * @param html     whether its texts are (sanitised) HTML rather than plain text
     */
    public record Entry(String identity, Question question, boolean html) {}
}
