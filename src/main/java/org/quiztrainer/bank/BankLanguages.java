package org.quiztrainer.bank;

import java.util.Locale;

/** The languages a bank is written in: a bank in one language needs only that language's fields. */
public enum BankLanguages {
    ZH,
    EN,
    BOTH;

    /** Whether texts need a Chinese side. */
    public boolean needsZh() {
        return this != EN;
    }

    /** Whether texts need an English side. */
    public boolean needsEn() {
        return this != ZH;
    }

    /** The language a one-language bank is written in, or the locale's own for a bilingual bank. */
    public Locale locale(Locale preferred) {
        if (this == ZH) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        if (this == EN) {
            return Locale.ENGLISH;
        }
        return "zh".equals(preferred.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
}
