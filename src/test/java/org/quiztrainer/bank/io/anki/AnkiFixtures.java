package org.quiztrainer.bank.io.anki;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionBank;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.io.BankFormat;
import org.quiztrainer.bank.io.ExportRequest;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportItem;
import org.quiztrainer.bank.io.ImportOptions;
import org.quiztrainer.bank.io.ImportSource;
import org.quiztrainer.bank.parse.BankFixtures;
import org.quiztrainer.bank.parse.BankReader;

/** The test bank as an export request, with cloze questions, a reversed pair and an HTML question added. */
final class AnkiFixtures {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};

    private AnkiFixtures() {}

    static QuestionBank bank() {
        return BankReader.read(BankFixtures.resource("good")).bank().orElseThrow();
    }

    /** Every question of the test bank plus the extra ones. */
    static ExportRequest request(Locale locale) {
        QuestionBank bank = bank();
        List<ExportRequest.Entry> entries = new ArrayList<>();
        for (Question q : bank.questions()) {
            entries.add(new ExportRequest.Entry(q.id(), q, false));
        }
        Question any = bank.questions().get(0);
        String topic = any.topicId();
        LocalizedText cloze = new LocalizedText(
                "{{c1::Transformer}} 由 {{c2::注意力::机制}} 构成",
                "The {{c1::Transformer}} is built from {{c2::attention::a mechanism}}");
        entries.add(
                entry("basics.cloze1", question("basics.cloze1", topic, cloze, new QuestionContent.Cloze(1, false))));
        entries.add(
                entry("basics.cloze2", question("basics.cloze2", topic, cloze, new QuestionContent.Cloze(2, false))));
        LocalizedText typed = new LocalizedText("{{c1::RNN}} 按顺序读", "An {{c1::RNN}} reads in order");
        entries.add(entry(
                "basics.typed-cloze",
                question("basics.typed-cloze", topic, typed, new QuestionContent.Cloze(1, true))));
        LocalizedText front = new LocalizedText("猫", "cat");
        LocalizedText back = new LocalizedText("一种动物", "an animal");
        entries.add(
                entry("abc", question("abc", topic, front, LocalizedText.EMPTY, new QuestionContent.Flashcard(back))));
        entries.add(entry(
                "abc/1", question("abc.r", topic, back, LocalizedText.EMPTY, new QuestionContent.Flashcard(front))));
        LocalizedText html = new LocalizedText(
                "<b>哪张图</b><br><img src=\"diagram.png\">", "<b>Which picture</b><br><img src=\"diagram.png\">");
        entries.add(new ExportRequest.Entry(
                "basics.html",
                question(
                        "basics.html",
                        topic,
                        html,
                        new QuestionContent.Flashcard(new LocalizedText("<i>这张</i>", "<i>this one</i>"))),
                true));
        return new ExportRequest(
                "Test bank",
                bank.topics(),
                entries,
                locale,
                name -> name.equals("diagram.png")
                        ? java.util.Optional.of(new org.quiztrainer.bank.io.ImportMedia(name, PNG))
                        : java.util.Optional.empty());
    }

    private static ExportRequest.Entry entry(String identity, Question q) {
        return new ExportRequest.Entry(identity, q, false);
    }

    private static Question question(String id, String topic, LocalizedText text, QuestionContent content) {
        return question(id, topic, text, new LocalizedText("解释", "explained"), content);
    }

    private static Question question(
            String id, String topic, LocalizedText text, LocalizedText explanation, QuestionContent content) {
        return new Question(
                id,
                topic,
                List.of("extra"),
                "",
                text,
                explanation,
                content,
                new org.quiztrainer.bank.Location("test", 1));
    }

    /** Writes a request with a format to a file and reads it back. */
    static ImportDocument roundTrip(BankFormat format, ExportRequest request, Path dir, ImportOptions options)
            throws IOException {
        Path file = dir.resolve("export");
        try (OutputStream out = Files.newOutputStream(file)) {
            format.write(request, out);
        }
        return format.read(new ImportSource(file, "export"), options);
    }

    /** The imported item of an identity. */
    static ImportItem item(ImportDocument doc, String identity) {
        return doc.items().stream()
                .filter(i -> i.identity().equals(identity))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no item " + identity));
    }
}
