package org.quiztrainer.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quiztrainer.account.AppUserDetails;
import org.quiztrainer.account.CurrentUser;
import org.quiztrainer.account.Role;
import org.quiztrainer.bank.BankCatalogService;
import org.quiztrainer.bank.BankContents;
import org.quiztrainer.bank.BankSummary;
import org.quiztrainer.bank.KeyedQuestion;
import org.quiztrainer.bank.io.BankFormat;
import org.quiztrainer.bank.io.ExportReport;
import org.quiztrainer.bank.io.ExportRequest;
import org.quiztrainer.bank.io.Format;
import org.quiztrainer.bank.io.FormatRegistry;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports a whole bank in any format, for those who may see its answers in bulk: its editors, and instructors and
 * admins who may use it. Each question is written with the identity that importing the file maps back onto it
 * ({@link ImportKeys#identity}), so export then import gives back the same questions.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ExportService {

    private final FormatRegistry formats;
    private final BankCatalogService catalog;
    private final BankContents contents;
    private final CurrentUser currentUser;

    ExportService(FormatRegistry formats, BankCatalogService catalog, BankContents contents, CurrentUser currentUser) {
        this.formats = formats;
        this.catalog = catalog;
        this.contents = contents;
        this.currentUser = currentUser;
    }

    /** The formats a bank can be exported in. */
    public List<Format> formats() {
        return formats.formats();
    }

    /**
     * Whether the caller may export the bank; false for a bank they may not see or that does not exist. Not one
     * transaction: the refusal of the bank's lookup would mark it for rollback.
     */
    public boolean mayExport(long bankId) {
        try {
            return allowed(catalog.bank(bankId));
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /**
     * Writes the bank's live questions in a format and language (a one-language bank is written in its own).
     *
     * @return what the format could not carry as it is
     * @throws AccessDeniedException unless the caller may export the bank
     */
    @Transactional(readOnly = true)
    public ExportReport export(long bankId, Format format, Locale locale, OutputStream out) throws IOException {
        BankSummary bank = catalog.bank(bankId);
        if (!allowed(bank)) {
            throw new AccessDeniedException("No export of bank " + bankId);
        }
        BankFormat writer = formats.get(format).orElseThrow();
        ExportImages images = new ExportImages(id -> contents.image(bankId, id));
        List<ExportRequest.Entry> entries = new ArrayList<>();
        for (KeyedQuestion q : contents.questions(bankId)) {
            entries.add(new ExportRequest.Entry(
                    ImportKeys.identity(q, format),
                    images.rewrite(q.question()),
                    q.question().html()));
        }
        ExportRequest request = new ExportRequest(
                bank.bank().title(),
                contents.topics(bankId),
                entries,
                bank.bank().languages().locale(locale),
                images::file);
        return writer.export(request, out);
    }

    /** The name of an export's file: the bank's title, the language, the format's extension. */
    @Transactional(readOnly = true)
    public String fileName(long bankId, Format format, Locale locale) {
        BankSummary bank = catalog.bank(bankId);
        String title =
                bank.bank().title().replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^-+|-+$", "");
        String lang = bank.bank().languages().locale(locale).getLanguage();
        return (title.isEmpty() ? "bank-" + bankId : title) + "-" + lang + "." + extension(format);
    }

    /** The file extension of a format. */
    public static String extension(Format format) {
        return switch (format) {
            case GIFT -> "gift";
            case MOODLE_XML -> "xml";
            case ANKI_TEXT, QUIZLET -> "txt";
            case APKG -> "apkg";
            case CSV -> "csv";
        };
    }

    private boolean allowed(BankSummary bank) {
        AppUserDetails me = currentUser.require();
        boolean teaches = me.role() == Role.INSTRUCTOR || me.role() == Role.ADMIN;
        return bank.mayEdit() || (teaches && bank.mayUse());
    }
}
