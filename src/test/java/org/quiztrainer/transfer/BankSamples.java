package org.quiztrainer.transfer;

import java.util.List;
import org.quiztrainer.bank.ContentDraft;
import org.quiztrainer.bank.ContentDraft.ChoiceDraft;
import org.quiztrainer.bank.ContentDraft.PairDraft;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.QuestionDraft;

/** A question of every type, as an author writes them into an English bank, in two topics. */
final class BankSamples {

    /** A 1x1 PNG image. */
    static final byte[] PNG = java.util.Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private BankSamples() {}

    static List<QuestionDraft> english() {
        return List.of(
                draft(
                        "flash",
                        List.of("Words"),
                        "A word for a large language model?",
                        ContentDraft.flashcard(en("LLM")),
                        "Seen everywhere."),
                draft(
                        "single",
                        List.of("Words"),
                        "Which is a Transformer part?",
                        ContentDraft.choices(
                                false,
                                List.of(
                                        new ChoiceDraft(en("Attention"), true),
                                        new ChoiceDraft(en("Convolution only"), false),
                                        new ChoiceDraft(en("A tape"), false))),
                        ""),
                draft(
                        "multi",
                        List.of("Words"),
                        "Which are language models?",
                        ContentDraft.choices(
                                true,
                                List.of(
                                        new ChoiceDraft(en("GPT-3"), true),
                                        new ChoiceDraft(en("BERT"), true),
                                        new ChoiceDraft(en("ResNet"), false))),
                        ""),
                draft(
                        "tf",
                        List.of("Models", "Facts"),
                        "GPT-3 has 175 billion parameters.",
                        ContentDraft.trueFalse(true),
                        "From the paper."),
                draft(
                        "short",
                        List.of("Models", "Facts"),
                        "Who made BERT?",
                        ContentDraft.shortAnswer(List.of(), List.of("Google", "Google AI")),
                        ""),
                draft(
                        "num",
                        List.of("Models", "Facts"),
                        "In which year was the Transformer published?",
                        ContentDraft.numeric("2017", "0", ""),
                        ""),
                draft(
                        "order",
                        List.of("Models"),
                        "Put them in order of release.",
                        ContentDraft.ordering(List.of(en("Transformer"), en("BERT"), en("GPT-3"))),
                        ""),
                draft(
                        "match",
                        List.of("Models"),
                        "Match the model with its maker.",
                        ContentDraft.matching(List.of(
                                new PairDraft(en("BERT"), en("Google")), new PairDraft(en("GPT-3"), en("OpenAI")))),
                        ""),
                draft(
                        "cloze",
                        List.of("Words"),
                        "A {{c1::Transformer}} uses {{c2::attention}}.",
                        ContentDraft.cloze(false),
                        ""));
    }

    private static LocalizedText en(String s) {
        return LocalizedText.enOnly(s);
    }

    private static QuestionDraft draft(String key, List<String> topic, String text, ContentDraft c, String explain) {
        return new QuestionDraft(
                key,
                "",
                topic,
                List.of("llm"),
                "",
                en(text),
                explain.isEmpty() ? LocalizedText.EMPTY : en(explain),
                c,
                false,
                null);
    }
}
