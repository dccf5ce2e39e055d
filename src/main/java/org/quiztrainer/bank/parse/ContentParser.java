package org.quiztrainer.bank.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.QuestionContent.Choice;
import org.quiztrainer.bank.QuestionContent.MatchPair;
import org.quiztrainer.bank.QuestionType;

/** Reads the type-specific fields of a question and checks that a right answer exists. */
final class ContentParser {

    private ContentParser() {}

    static Optional<QuestionContent> parse(QuestionType type, Fields f, Problems problems) {
        int before = problems.size();
        QuestionContent content = switch (type) {
            case FLASHCARD ->
                f.bilingual("back").map(QuestionContent.Flashcard::new).orElse(null);
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> choices(type, f, problems);
            case TRUE_FALSE -> trueFalse(f, problems);
            case SHORT_ANSWER -> shortAnswer(f, problems);
            case NUMERIC -> numeric(f, problems);
            case ORDERING -> ordering(f, problems);
            case MATCHING -> matching(f, problems);
            case CLOZE -> throw new IllegalArgumentException("a cloze note is read by ClozeParser");
        };
        return problems.size() > before ? Optional.empty() : Optional.ofNullable(content);
    }

    private static QuestionContent choices(QuestionType type, Fields f, Problems problems) {
        List<Choice> choices = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Block.Field line : f.all("choice")) {
            String v = line.value();
            if (!(v.startsWith("+ ") || v.startsWith("- "))) {
                problems.add(f.at(line), "a choice starts with '+ ' (correct) or '- ' (wrong)");
                continue;
            }
            Optional<LocalizedText> text = Values.pair(v.substring(2));
            if (text.isEmpty()) {
                problems.add(f.at(line), "missing language in choice: expected '<zh> || <en>'");
                continue;
            }
            boolean newZh = seen.add(text.get().zh());
            boolean newEn = seen.add("en:" + text.get().en());
            if (!newZh || !newEn) {
                problems.add(f.at(line), "duplicate choice '" + text.get().en() + "'");
            }
            choices.add(new Choice(text.get(), v.startsWith("+")));
        }
        f.field("answer")
                .ifPresent(a -> problems.add(
                        f.at(a),
                        "a correct answer not among the choices: '" + a.value()
                                + "'; mark the correct choice with '+' instead of an answer field"));
        long correct = choices.stream().filter(Choice::correct).count();
        if (f.all("choice").size() < 2) {
            problems.add(f.at(), "a " + type.code() + " question needs at least two choice lines");
        } else if (correct == 0) {
            problems.add(f.at(), "no correct answer: mark a correct choice with '+'");
        } else if (type == QuestionType.SINGLE_CHOICE && correct > 1) {
            problems.add(f.at(), "single_choice has " + correct + " correct choices; exactly one is allowed");
        }
        if (choices.size() < 2 || correct == 0 || (type == QuestionType.SINGLE_CHOICE && correct > 1)) {
            return null;
        }
        return type == QuestionType.SINGLE_CHOICE
                ? new QuestionContent.SingleChoice(choices)
                : new QuestionContent.MultipleChoice(choices);
    }

    private static QuestionContent trueFalse(Fields f, Problems problems) {
        Optional<String> answer = f.requiredWord("answer");
        if (answer.isEmpty()) {
            return null;
        }
        if (!answer.get().equals("true") && !answer.get().equals("false")) {
            problems.add(
                    f.at(f.field("answer").orElseThrow()), "bad answer '" + answer.get() + "': expected true or false");
            return null;
        }
        return new QuestionContent.TrueFalse(Boolean.parseBoolean(answer.get()));
    }

    private static QuestionContent shortAnswer(Fields f, Problems problems) {
        Optional<String> zh = f.text("accept.zh");
        Optional<String> en = f.text("accept.en");
        if (zh.isEmpty() || en.isEmpty()) {
            problems.add(f.at(), "missing language: short_answer needs accept.zh and accept.en");
            return null;
        }
        return new QuestionContent.ShortAnswer(Values.list(zh.get()), Values.list(en.get()));
    }

    private static QuestionContent numeric(Fields f, Problems problems) {
        if (f.word("answer").isEmpty()) {
            problems.add(f.at(), "no correct answer: numeric needs 'answer: <number>'");
            return null;
        }
        Optional<BigDecimal> answer = f.number("answer");
        Optional<BigDecimal> tolerance = f.number("tolerance");
        Optional<String> unit = f.word("unit");
        if (tolerance.isPresent() && tolerance.get().signum() < 0) {
            problems.add(f.at(f.field("tolerance").orElseThrow()), "bad number: the tolerance is negative");
            return null;
        }
        return answer.map(a -> new QuestionContent.Numeric(a, tolerance.orElse(BigDecimal.ZERO), unit.orElse(null)))
                .orElse(null);
    }

    private static QuestionContent ordering(Fields f, Problems problems) {
        List<LocalizedText> items = new ArrayList<>();
        for (Block.Field line : f.all("item")) {
            Values.pair(line.value())
                    .ifPresentOrElse(
                            items::add,
                            () -> problems.add(f.at(line), "missing language in item: expected '<zh> || <en>'"));
        }
        if (f.all("item").size() < 2) {
            problems.add(f.at(), "an ordering question needs at least two item lines");
            return null;
        }
        return items.size() < 2 ? null : new QuestionContent.Ordering(items);
    }

    private static QuestionContent matching(Fields f, Problems problems) {
        List<MatchPair> pairs = new ArrayList<>();
        for (Block.Field line : f.all("pair")) {
            String[] sides = line.value().split("=>", -1);
            Optional<LocalizedText> left = sides.length == 2 ? Values.pair(sides[0]) : Optional.empty();
            Optional<LocalizedText> right = sides.length == 2 ? Values.pair(sides[1]) : Optional.empty();
            if (left.isEmpty() || right.isEmpty()) {
                problems.add(f.at(line), "missing language in pair: expected '<zh> || <en> => <zh> || <en>'");
                continue;
            }
            pairs.add(new MatchPair(left.get(), right.get()));
        }
        if (f.all("pair").size() < 2) {
            problems.add(f.at(), "a matching question needs at least two pair lines");
            return null;
        }
        return pairs.size() < 2 ? null : new QuestionContent.Matching(pairs);
    }
}
