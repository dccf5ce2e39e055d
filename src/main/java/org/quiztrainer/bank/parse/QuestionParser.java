package org.quiztrainer.bank.parse;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.quiztrainer.bank.BankIds;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.QuestionType;

/** Turns a {@code @question} block into a question, reporting every problem of the block. */
final class QuestionParser {

    private QuestionParser() {}

    /** The question of a block; a cloze note gives one question per deletion number ({@link ClozeParser}). */
    static Optional<List<Question>> parse(Block block, Problems problems) {
        int before = problems.size();
        Fields f = new Fields(block, problems);
        if (!BankIds.isValid(block.id())) {
            problems.add(block.at(), badId(block.id()));
        }
        Optional<QuestionType> type = type(f, problems);
        Optional<String> topic = f.requiredWord("topic");
        List<String> tags = tags(f, problems);
        Optional<String> source = f.requiredText("source");
        Optional<LocalizedText> text = f.bilingual("text");
        Optional<LocalizedText> explain = f.bilingual("explain");
        boolean cloze = type.orElse(null) == QuestionType.CLOZE;
        Optional<List<ClozeParser.Card>> cards =
                cloze ? ClozeParser.cards(block.id(), f, text, problems) : Optional.empty();
        Optional<QuestionContent> content =
                cloze ? Optional.empty() : type.flatMap(t -> ContentParser.parse(t, f, problems));
        f.reportUnknown(type.map(QuestionType::code).orElse("a question"));
        if (problems.size() > before) {
            return Optional.empty();
        }
        if (cloze) {
            return Optional.of(cards.orElseThrow().stream()
                    .map(c -> new Question(
                            c.id(),
                            topic.get(),
                            tags,
                            source.get(),
                            text.get(),
                            explain.get(),
                            c.content(),
                            block.at()))
                    .toList());
        }
        return Optional.of(List.of(new Question(
                block.id(), topic.get(), tags, source.get(), text.get(), explain.get(), content.get(), block.at())));
    }

    static String badId(String id) {
        return "bad id '" + id + "': ids are lowercase [a-z0-9][a-z0-9._-]*, at most " + BankIds.MAX_LENGTH
                + " characters";
    }

    private static Optional<QuestionType> type(Fields f, Problems problems) {
        Optional<String> code = f.requiredWord("type");
        Optional<QuestionType> type = code.flatMap(QuestionType::fromCode);
        if (code.isPresent() && type.isEmpty()) {
            problems.add(f.at(f.field("type").orElseThrow()), "unknown type '" + code.get() + "'");
        }
        return type;
    }

    static List<String> tags(Fields f, Problems problems) {
        Optional<Block.Field> field = f.field("tags");
        if (field.isEmpty()) {
            return List.of();
        }
        List<String> tags = Values.tags(field.get().value());
        for (String tag : tags) {
            if (!tag.equals(tag.toLowerCase(Locale.ROOT)) || tag.contains(" | ")) {
                problems.add(f.at(field.get()), "bad tag '" + tag + "': tags are lowercase and comma-separated");
            }
        }
        return tags;
    }
}
