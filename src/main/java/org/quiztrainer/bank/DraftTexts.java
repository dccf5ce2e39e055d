package org.quiztrainer.bank;

import java.util.ArrayList;
import java.util.List;

/** Cleans and checks the texts of one draft, in the bank's languages. */
final class DraftTexts {

    final int index;
    final boolean html;
    final BankLanguages languages;
    final List<DraftProblem> problems;

    DraftTexts(int index, boolean html, BankLanguages languages, List<DraftProblem> problems) {
        this.index = index;
        this.html = html;
        this.languages = languages;
        this.problems = problems;
    }

    DraftProblem problem(String field, String what, Object... args) {
        List<String> list = new ArrayList<>();
        for (Object a : args) {
            list.add(String.valueOf(a));
        }
        return new DraftProblem(index, field, "bank.edit.error." + what, list);
    }

    String clean(String s) {
        if (s == null) {
            return "";
        }
        return html ? RichText.sanitise(s) : s.replace("\r\n", "\n").strip();
    }

    boolean blank(String cleaned) {
        return html
                ? RichText.plain(cleaned).isBlank()
                        && RichText.imageIds(cleaned).isEmpty()
                : cleaned.isBlank();
    }

    /** A text the bank's every language needs. */
    LocalizedText required(String field, LocalizedText given, int max) {
        LocalizedText t = new LocalizedText(clean(given.zh()), clean(given.en()));
        check(field + ".zh", t.zh(), languages.needsZh(), max);
        check(field + ".en", t.en(), languages.needsEn(), max);
        return t;
    }

    /** A text that may be left out; if one language has it, every language of the bank needs it. */
    LocalizedText optional(String field, LocalizedText given, int max) {
        LocalizedText t = new LocalizedText(clean(given.zh()), clean(given.en()));
        boolean any = !blank(t.zh()) || !blank(t.en());
        check(field + ".zh", t.zh(), any && languages.needsZh(), max);
        check(field + ".en", t.en(), any && languages.needsEn(), max);
        return any ? t : LocalizedText.EMPTY;
    }

    private void check(String field, String cleaned, boolean needed, int max) {
        if (needed && blank(cleaned)) {
            problems.add(problem(field, "required"));
        } else if (cleaned.length() > max) {
            problems.add(problem(field, "too-long", max));
        }
    }
}
