package org.quiztrainer.transfer;

import java.time.Instant;
import java.util.List;
import org.quiztrainer.bank.BankLanguages;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportMedia;

/**
 * A preview waiting for its confirmation: what was read and planned, so that confirming writes exactly that.
 *
 * @param userId    who previewed it (only they may confirm it)
 * @param createdAt when
 * @param token     its token
 * @param bankId    the bank, or null for a new one
 * @param newTitle  the new bank's title
 * @param languages the bank's languages (a new bank's)
 * @param document  the file as read
 * @param drafts    the drafts to save
 * @param media     the images to store
 * @param preview   what was shown
 */
record PendingImport(
        long userId,
        Instant createdAt,
        String token,
        Long bankId,
        String newTitle,
        BankLanguages languages,
        ImportDocument document,
        ImportDrafts drafts,
        List<ImportMedia> media,
        ImportPreview preview) {

    PendingImport at(Instant when, String newToken) {
        return new PendingImport(userId, when, newToken, bankId, newTitle, languages, document, drafts, media, preview);
    }
}
