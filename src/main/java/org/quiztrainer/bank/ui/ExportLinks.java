package org.quiztrainer.bank.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.QuestionFilter;
import org.quiztrainer.bank.Topic;
import org.quiztrainer.bank.export.Download;

/**
 * Download links for the selected topic of a bank (or the whole bank) as Moodle GIFT and as Anki text, for those
 * who may see its answers (its editors, and instructors who may use it).
 */
class ExportLinks extends HorizontalLayout {

    final Anchor gift;
    final Anchor anki;

    ExportLinks(BankService bank, long bankId, Supplier<Topic> topic, Locale locale) {
        addClassName("bank-exports");
        setWrap(true);
        gift = link(bank, bankId, topic, locale, Download.GIFT, "bank.export.gift");
        anki = link(bank, bankId, topic, locale, Download.ANKI, "bank.export.anki");
        add(gift, anki);
    }

    private Anchor link(
            BankService bank, long bankId, Supplier<Topic> topic, Locale locale, Download format, String label) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            Optional<String> scope = Optional.ofNullable(topic.get()).map(Topic::id);
            QuestionFilter filter = QuestionFilter.bank(bankId).inTopic(scope.orElse(null));
            byte[] bytes = format.write(bank.export(filter), bank.topics(Set.of(bankId)), locale);
            return new DownloadResponse(
                    new ByteArrayInputStream(bytes),
                    format.fileName(scope.or(() -> Optional.of("bank-" + bankId)), locale),
                    format.contentType(),
                    bytes.length);
        });
        Anchor anchor = new Anchor(handler, getTranslation(label));
        anchor.addClassName("export-" + format.extension());
        return anchor;
    }
}
