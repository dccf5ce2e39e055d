package org.quiztrainer.account;

import java.util.Locale;

/** The interface languages: simplified Chinese and English. */
public enum Language {
    ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE),
    EN("en", Locale.ENGLISH);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The BCP 47 tag stored for the user, {@code zh-CN} or {@code en}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The language for a tag or locale; anything Chinese maps to zh-CN, everything else to English. */
    public static Language of(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? ZH_CN : EN;
    }

    /** The language stored under a tag; unknown tags fall back to English. */
    public static Language ofTag(String tag) {
        return tag == null ? EN : of(Locale.forLanguageTag(tag));
    }
}
