package org.quiztrainer.bank.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.Location;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.QuestionContent.Choice;
import org.quiztrainer.bank.QuestionContent.MatchPair;
import org.quiztrainer.bank.Topic;

/** One question of every type, in one language or both, with the characters formats have to escape. */
public final class Samples {

    private Samples() {}

    /** The topics: a root and a child whose name has a slash. */
    public static List<Topic> topics() {
        Location at = new Location("topics.txt", 1);
        return List.of(
                new Topic("llm", null, 10, new LocalizedText("大模型基础", "LLM basics"), at),
                new Topic("transformer", "llm", 20, new LocalizedText("Transformer/注意力", "Transformer/attention"), at));
    }

    /** Every type with English texts (the Chinese side empty). */
    public static List<Question> english() {
        return questions(LocalizedText::enOnly, 0);
    }

    /** Every type with Chinese texts (the English side empty). */
    public static List<Question> chinese() {
        return questions(LocalizedText::zhOnly, 1);
    }

    /** Every type in both languages. */
    public static List<Question> bilingual() {
        return questions(s -> new LocalizedText("中" + s, s), 2);
    }

    /** A request writing {@code questions} as plain text, identity the id. */
    public static ExportRequest request(List<Question> questions, Locale locale) {
        return request(questions, locale, false);
    }

    /** A request writing {@code questions}, as HTML or plain text, identity the id. */
    public static ExportRequest request(List<Question> questions, Locale locale, boolean html) {
        return new ExportRequest(
                "Quiz Trainer",
                topics(),
                questions.stream()
                        .map(q -> new ExportRequest.Entry(q.id(), q, html))
                        .toList(),
                locale,
                null);
    }

    /** The questions with their texts as HTML paragraphs, for the formats' HTML round trips. */
    public static List<Question> html(List<Question> questions) {
        return questions.stream()
                .map(q -> new Question(
                        q.id(),
                        q.topicId(),
                        q.tags(),
                        q.source(),
                        new LocalizedText(
                                paragraph(q.text().zh()), paragraph(q.text().en())),
                        q.explanation(),
                        q.content(),
                        q.origin()))
                .toList();
    }

    private static String paragraph(String s) {
        return s.isEmpty() ? "" : "<p>" + s.replace("&", "&amp;").replace("<", "&lt;") + "</p>";
    }

    /** The topic path an export writes for a question, under the bank's title. */
    public static List<String> path(Question q, Locale locale) {
        List<String> path = new ArrayList<>(List.of("Quiz Trainer"));
        if (q.topicId().equals("transformer")) {
            path.add(topics().get(0).name().in(locale));
        }
        path.add(topics().stream()
                .filter(x -> x.id().equals(q.topicId()))
                .findFirst()
                .orElseThrow()
                .name()
                .in(locale));
        return path;
    }

    private static List<Question> questions(Function<String, LocalizedText> t, int languages) {
        boolean zh = languages == 1;
        String w = zh ? "注意力" : "attention";
        List<Question> out = new ArrayList<>();
        out.add(q(
                "flashcard",
                "transformer",
                t.apply("What is " + w + "? {a: b} = #1 ~ \\ |"),
                t.apply("A weighting, 50% \"quoted\""),
                new QuestionContent.Flashcard(t.apply("Weights; tokens, by relevance\nsecond line"))));
        out.add(q(
                "flashcard-plain",
                "llm",
                t.apply("Front only " + w),
                LocalizedText.EMPTY,
                new QuestionContent.Flashcard(t.apply("Back, with a comma"))));
        out.add(q(
                "single",
                "transformer",
                t.apply("Which is " + w + "?"),
                t.apply("Because."),
                new QuestionContent.SingleChoice(List.of(
                        new Choice(t.apply("Self-" + w), true),
                        new Choice(t.apply("Recurrence"), false),
                        new Choice(t.apply("%5 = five"), false)))));
        out.add(q(
                "multiple",
                "transformer",
                t.apply("Which are parts of " + w + "?"),
                LocalizedText.EMPTY,
                new QuestionContent.MultipleChoice(List.of(
                        new Choice(t.apply("Query"), true),
                        new Choice(t.apply("Key"), true),
                        new Choice(t.apply("Value"), true),
                        new Choice(t.apply("Kernel | pipe"), false)))));
        out.add(q(
                "multiple-one",
                "llm",
                t.apply("Which one " + w + "?"),
                LocalizedText.EMPTY,
                new QuestionContent.MultipleChoice(
                        List.of(new Choice(t.apply("Only this"), true), new Choice(t.apply("Not this"), false)))));
        out.add(q(
                "true-false",
                "llm",
                t.apply(w + " is parallel."),
                t.apply("It is."),
                new QuestionContent.TrueFalse(true)));
        out.add(q(
                "false",
                "llm",
                t.apply(w + " is sequential."),
                LocalizedText.EMPTY,
                new QuestionContent.TrueFalse(false)));
        out.add(q(
                "short",
                "llm",
                t.apply("Who made GPT-4?"),
                LocalizedText.EMPTY,
                switch (languages) {
                    case 0 -> new QuestionContent.ShortAnswer(List.of(), List.of("OpenAI", "Open AI"));
                    case 1 -> new QuestionContent.ShortAnswer(List.of("OpenAI", "开放人工智能"), List.of());
                    default ->
                        new QuestionContent.ShortAnswer(List.of("开放人工智能", "OpenAI"), List.of("OpenAI", "Open | AI"));
                }));
        out.add(q(
                "numeric",
                "llm",
                t.apply("Parameters of GPT-3 (billions)? " + w),
                LocalizedText.EMPTY,
                new QuestionContent.Numeric(new BigDecimal("175"), new BigDecimal("2.5"), null)));
        out.add(q(
                "numeric-negative",
                "llm",
                t.apply("A negative number? " + w),
                LocalizedText.EMPTY,
                new QuestionContent.Numeric(new BigDecimal("-1.5"), BigDecimal.ZERO, null)));
        out.add(q(
                "ordering",
                "transformer",
                t.apply("Order the steps of " + w),
                LocalizedText.EMPTY,
                new QuestionContent.Ordering(List.of(t.apply("Embed"), t.apply("Encode, then"), t.apply("Decode")))));
        out.add(q(
                "matching",
                "transformer",
                t.apply("Match " + w),
                t.apply("Pairs."),
                new QuestionContent.Matching(List.of(
                        new MatchPair(t.apply("GPT-4"), t.apply("OpenAI")),
                        new MatchPair(t.apply("Gemini"), t.apply("Google")),
                        new MatchPair(t.apply("Claude"), t.apply("Anthropic"))))));
        out.add(q(
                "cloze",
                "transformer",
                t.apply("The {{c1::Transformer}} uses " + w + "."),
                LocalizedText.EMPTY,
                new QuestionContent.Cloze(1, true)));
        out.add(q(
                "cloze-two.c2",
                "transformer",
                t.apply("{{c1::GPT-3}} has {{c2::175::number}} billion parameters, " + w),
                t.apply("Brown et al."),
                new QuestionContent.Cloze(2, false)));
        out.add(q(
                "cloze-many",
                "transformer",
                t.apply("{{c1::Query}}, {{c1::key}} and {{c2::value}}: " + w),
                LocalizedText.EMPTY,
                new QuestionContent.Cloze(1, true)));
        return out;
    }

    private static Question q(
            String id, String topic, LocalizedText text, LocalizedText explain, QuestionContent content) {
        return new Question(
                id,
                topic,
                List.of("tag-" + id.replace('.', '-'), "shared"),
                "",
                text,
                explain,
                content,
                new Location("t", 1));
    }
}
