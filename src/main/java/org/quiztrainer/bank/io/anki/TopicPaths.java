package org.quiztrainer.bank.io.anki;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.Topic;
import org.quiztrainer.bank.io.ExportRequest;

/** The Anki deck of a question: the bank's title, then its topic path ({@code Title::Topic::Subtopic}). */
final class TopicPaths {

    private final String title;
    private final Map<String, Topic> byId = new HashMap<>();
    private final Locale locale;

    TopicPaths(ExportRequest request, Locale locale) {
        this.title = clean(request.title());
        this.locale = locale;
        request.topics().forEach(t -> byId.put(t.id(), t));
    }

    /** The deck path of a question, outermost first. */
    List<String> deck(Question q) {
        List<String> names = new ArrayList<>();
        Topic t = byId.get(q.topicId());
        if (t == null) {
            names.add(clean(q.topicId()));
        }
        for (int depth = 0; t != null && depth < 64; depth++) {
            names.add(clean(t.name().in(locale)));
            t = t.parentId() == null ? null : byId.get(t.parentId());
        }
        Collections.reverse(names);
        names.add(0, title);
        names.removeIf(String::isEmpty);
        return names;
    }

    /** A deck name part: no {@code ::} (Anki's separator) inside, no surrounding white space. */
    private static String clean(String name) {
        return name == null ? "" : name.replace("::", ":").strip();
    }
}
