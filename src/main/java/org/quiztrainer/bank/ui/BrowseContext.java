package org.quiztrainer.bank.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.bank.QuestionFilter;
import org.quiztrainer.bank.QuestionType;

/**
 * Where in a bank's list a question was opened: the browser's filter and the question's position in it, carried in
 * the editor's address ({@code ?topic=…&type=…&tag=…&q=…&retired=1&at=12}) so that "save and next" opens the next
 * question of the same list.
 *
 * @param at the position of the question in the filtered list, or -1
 */
public record BrowseContext(
        Optional<String> topicId,
        Optional<QuestionType> type,
        Optional<String> tag,
        Optional<String> words,
        boolean retired,
        int at) {

    /** No filter, no position. */
    public static final BrowseContext NONE =
            new BrowseContext(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, -1);

    /** The filter of the list in a bank. */
    public QuestionFilter filter(long bankId) {
        return new QuestionFilter(topicId, type, tag, words, Set.of(bankId), retired);
    }

    /** The same list at another position. */
    public BrowseContext at(int position) {
        return new BrowseContext(topicId, type, tag, words, retired, position);
    }

    /** The address's query parameters. */
    public QueryParameters query() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        topicId.ifPresent(t -> p.put("topic", List.of(t)));
        type.ifPresent(t -> p.put("type", List.of(t.code())));
        tag.ifPresent(t -> p.put("tag", List.of(t)));
        words.ifPresent(w -> p.put("q", List.of(w)));
        if (retired) {
            p.put("retired", List.of("1"));
        }
        if (at >= 0) {
            p.put("at", List.of(Integer.toString(at)));
        }
        return new QueryParameters(p);
    }

    /** Read from an address; what does not parse is left out. */
    public static BrowseContext of(QueryParameters query) {
        Optional<String> topic = one(query, "topic");
        Optional<QuestionType> type = one(query, "type").flatMap(QuestionType::fromCode);
        int at = one(query, "at")
                .filter(s -> s.matches("[0-9]{1,9}"))
                .map(Integer::parseInt)
                .orElse(-1);
        return new BrowseContext(
                topic,
                type,
                one(query, "tag"),
                one(query, "q"),
                one(query, "retired").isPresent(),
                at);
    }

    private static Optional<String> one(QueryParameters query, String name) {
        return query.getSingleParameter(name).map(String::strip).filter(s -> !s.isEmpty() && s.length() <= 200);
    }
}
