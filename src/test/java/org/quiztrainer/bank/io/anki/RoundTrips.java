package org.quiztrainer.bank.io.anki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.Topic;
import org.quiztrainer.bank.io.ExportRequest;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportItem;

/** Checks that every exported question came back the same, in the language written. */
final class RoundTrips {

    private RoundTrips() {}

    static void assertSameQuestions(ExportRequest request, ImportDocument doc) {
        Locale locale = request.locale();
        boolean zh = "zh".equals(locale.getLanguage());
        assertThat(doc.problems()).isEmpty();
        assertThat(doc.items()).hasSameSizeAs(request.questions());
        Map<String, Topic> topics = request.topics().stream().collect(Collectors.toMap(Topic::id, Function.identity()));
        for (ExportRequest.Entry e : request.questions()) {
            Question q = e.question();
            String identity = e.identity().equals("basics.cloze2") ? "basics.cloze1/1" : e.identity();
            ImportItem item = AnkiFixtures.item(doc, identity);
            assertThat(item.text())
                    .as(identity)
                    .isEqualTo(Languages.side(zh, q.text().in(locale)));
            assertThat(item.content()).as(identity).isEqualTo(OneLanguage.content(q.content(), locale, zh));
            LocalizedText explanation = q.explanation().isEmpty()
                    ? LocalizedText.EMPTY
                    : Languages.side(zh, q.explanation().in(locale));
            assertThat(item.explanation()).as(identity).isEqualTo(explanation);
            assertThat(item.html()).as(identity).isEqualTo(e.html());
            assertThat(item.tags()).as(identity).containsExactlyElementsOf(q.tags());
            assertThat(item.topicPath()).as(identity).isEqualTo(path(topics, q.topicId(), locale));
        }
    }

    private static List<String> path(Map<String, Topic> topics, String id, Locale locale) {
        List<String> out = new ArrayList<>();
        for (Topic t = topics.get(id); t != null; t = t.parentId() == null ? null : topics.get(t.parentId())) {
            out.add(0, t.name().in(locale));
        }
        return out;
    }
}
