package org.quiztrainer.transfer;

import java.util.Optional;
import org.quiztrainer.bank.BankLanguages;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportItem;
import org.quiztrainer.bank.io.ImportOptions.TextLanguage;

/**
 * The languages a new bank takes from the file it is made from: Chinese or English when every question is in that
 * language, both when every question has both; a file whose one-language questions are in either is read again in
 * the language most of them are in ({@link #majority}), since a bilingual bank needs both in each question.
 */
final class DocumentLanguages {

    private DocumentLanguages() {}

    /** The bank languages the file's questions fit, or empty when they mix one-language questions of each. */
    static Optional<BankLanguages> of(ImportDocument doc) {
        int zhOnly = 0;
        int enOnly = 0;
        int both = 0;
        for (ImportItem i : doc.items()) {
            if (i.text().isBilingual()) {
                both++;
            } else if (i.text().hasZh()) {
                zhOnly++;
            } else {
                enOnly++;
            }
        }
        if (zhOnly > 0 && enOnly > 0) {
            return Optional.empty();
        }
        if (both > 0) {
            return Optional.of(BankLanguages.BOTH);
        }
        return Optional.of(enOnly > 0 ? BankLanguages.EN : BankLanguages.ZH);
    }

    /** The language most of the file's one-language questions are in. */
    static TextLanguage majority(ImportDocument doc) {
        long zh = doc.items().stream()
                .filter(i -> !i.text().isBilingual() && i.text().hasZh())
                .count();
        long en = doc.items().stream()
                .filter(i -> !i.text().isBilingual() && !i.text().hasZh())
                .count();
        return zh >= en ? TextLanguage.ZH : TextLanguage.EN;
    }

    /** The language to read a file in for a bank: the bank's own when it has one, else the user's choice. */
    static TextLanguage forBank(TextLanguage chosen, BankLanguages bank) {
        if (chosen != TextLanguage.DETECT) {
            return chosen;
        }
        return switch (bank) {
            case ZH -> TextLanguage.ZH;
            case EN -> TextLanguage.EN;
            case BOTH -> TextLanguage.DETECT;
        };
    }
}
