package org.quiztrainer.transfer.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quiztrainer.bank.BankLanguages;
import org.quiztrainer.bank.io.Format;
import org.quiztrainer.transfer.ExportService;

/** Downloads of a whole bank in every format, in each of its languages, written as they are downloaded. */
class ExportPanel extends Div {

    final List<Anchor> links = new ArrayList<>();

    ExportPanel(ExportService exports, long bankId, BankLanguages languages) {
        addClassName("export-panel");
        add(new H3(getTranslation("export.title")), new Paragraph(getTranslation("export.intro")));
        List<Locale> locales = switch (languages) {
            case ZH -> List.of(Locale.SIMPLIFIED_CHINESE);
            case EN -> List.of(Locale.ENGLISH);
            case BOTH -> List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
        };
        for (Format f : exports.formats()) {
            Div row = new Div();
            row.addClassName("export-row");
            Span name = new Span(getTranslation("import.format." + f.code()));
            name.addClassName("export-format");
            row.add(name);
            for (Locale locale : locales) {
                Anchor a = new Anchor(
                        download(exports, bankId, f, locale), getTranslation("export.lang." + locale.getLanguage()));
                a.addClassName("export-" + f.code() + "-" + locale.getLanguage());
                a.getElement().setAttribute("download", true);
                links.add(a);
                row.add(a);
            }
            add(row);
        }
    }

    private static DownloadHandler download(ExportService exports, long bankId, Format format, Locale locale) {
        return event -> {
            event.setFileName(exports.fileName(bankId, format, locale));
            event.setContentType(mime(format));
            exports.export(bankId, format, locale, event.getOutputStream());
        };
    }

    private static String mime(Format f) {
        return switch (f) {
            case GIFT, QUIZLET -> "text/plain; charset=UTF-8";
            case ANKI_TEXT -> "text/tab-separated-values; charset=UTF-8";
            case MOODLE_XML -> "application/xml";
            case CSV -> "text/csv; charset=UTF-8";
            case APKG -> "application/zip";
        };
    }
}
