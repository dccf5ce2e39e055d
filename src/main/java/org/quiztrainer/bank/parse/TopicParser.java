package org.quiztrainer.bank.parse;

import java.util.Optional;
import org.quiztrainer.bank.BankIds;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.Topic;

/** Turns a {@code @topic} block into a topic. */
final class TopicParser {

    private TopicParser() {}

    static Optional<Topic> parse(Block block, Problems problems) {
        int before = problems.size();
        Fields f = new Fields(block, problems);
        if (!BankIds.isValid(block.id())) {
            problems.add(block.at(), QuestionParser.badId(block.id()));
        }
        Optional<String> parent = f.word("parent");
        Optional<String> order = f.requiredWord("order");
        Integer sortKey = null;
        if (order.isPresent()) {
            try {
                sortKey = Integer.valueOf(order.get());
            } catch (NumberFormatException e) {
                problems.add(f.at(f.field("order").orElseThrow()), "bad number '" + order.get() + "' in field 'order'");
            }
        }
        Optional<LocalizedText> name = f.bilingual("name");
        f.reportUnknown("a topic");
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Topic(block.id(), parent.orElse(null), sortKey, name.get(), block.at()));
    }
}
