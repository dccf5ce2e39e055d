package org.quiztrainer.bank.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.QuestionFilter;
import org.quiztrainer.bank.Topic;
import org.quiztrainer.bank.export.Download;

/** Download links for the selected topic (or the whole bank) as Moodle GIFT and as Anki text. */
class ExportLinks extends HorizontalLayout {

    final Anchor gift;
    final Anchor anki;

    ExportLinks(BankService bank, Supplier<Topic> topic, Locale locale) {
        addClassName("bank-exports");
        gift = link(bank, topic, locale, Download.GIFT, "bank.export.gift");
        anki = link(bank, topic, locale, Download.ANKI, "bank.export.anki");
        add(gift, anki);
    }

    private Anchor link(BankService bank, Supplier<Topic> topic, Locale locale, Download format, String label) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            Optional<String> scope = Optional.ofNullable(topic.get()).map(Topic::id);
            QuestionFilter filter = new QuestionFilter(scope, Optional.empty(), Optional.empty(), Optional.empty());
            byte[] bytes = format.write(bank.export(filter), bank.topics(), locale);
            return new DownloadResponse(
                    new ByteArrayInputStream(bytes),
                    format.fileName(scope, locale),
                    format.contentType(),
                    bytes.length);
        });
        Anchor anchor = new Anchor(handler, getTranslation(label));
        anchor.addClassName("export-" + format.extension());
        return anchor;
    }
}
