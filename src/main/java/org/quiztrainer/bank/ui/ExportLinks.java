package org.quiztrainer.bank.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionFilter;
import org.quiztrainer.bank.Topic;
import org.quiztrainer.bank.export.AnkiWriter;
import org.quiztrainer.bank.export.GiftWriter;

/** Download links for the selected topic (or the whole bank) as Moodle GIFT and as Anki TSV. */
class ExportLinks extends HorizontalLayout {

    final Anchor gift;
    final Anchor anki;

    ExportLinks(BankService bank, Supplier<Topic> topic, Locale locale) {
        addClassName("bank-exports");
        gift = link(bank, topic, locale, "gift", "text/plain", GiftWriter::write, "bank.export.gift");
        anki = link(
                bank,
                topic,
                locale,
                "txt",
                "text/tab-separated-values",
                (questions, language) -> AnkiWriter.write(questions, bank.topics(), language),
                "bank.export.anki");
        add(gift, anki);
    }

    private Anchor link(
            BankService bank,
            Supplier<Topic> topic,
            Locale locale,
            String extension,
            String mime,
            BiFunction<List<Question>, Locale, String> writer,
            String label) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            Optional<String> scope = Optional.ofNullable(topic.get()).map(Topic::id);
            QuestionFilter filter = new QuestionFilter(scope, Optional.empty(), Optional.empty(), Optional.empty());
            byte[] bytes = writer.apply(bank.export(filter), locale).getBytes(StandardCharsets.UTF_8);
            String name = "quiztrainer-" + scope.orElse("bank") + "-" + locale.getLanguage() + "." + extension;
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, mime + "; charset=UTF-8", bytes.length);
        });
        Anchor anchor = new Anchor(handler, getTranslation(label));
        anchor.addClassName("export-" + extension);
        return anchor;
    }
}
