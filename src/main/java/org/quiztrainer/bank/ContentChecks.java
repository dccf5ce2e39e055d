package org.quiztrainer.bank;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.quiztrainer.grading.AnswerKey;

/** The checks of each type's own fields. */
final class ContentChecks {

    private final DraftTexts t;
    private final Function<String, Optional<Unit>> units;

    ContentChecks(DraftTexts t, Function<String, Optional<Unit>> units) {
        this.t = t;
        this.units = units;
    }

    Optional<QuestionContent> single(ContentDraft c) {
        int before = t.problems.size();
        QuestionContent out;
        try {
            out = build(c);
        } catch (IllegalArgumentException e) {
            // A part already refused (an empty back, an empty choice) cannot make a value; its problem says why.
            if (t.problems.size() > before) {
                return Optional.empty();
            }
            throw e;
        }
        return t.problems.size() > before ? Optional.empty() : Optional.ofNullable(out);
    }

    private QuestionContent build(ContentDraft c) {
        return switch (c.type()) {
            case FLASHCARD -> new QuestionContent.Flashcard(t.required("back", c.back(), DraftLimits.TEXT_MAX));
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> choices(c);
            case TRUE_FALSE -> trueFalse(c);
            case SHORT_ANSWER -> shortAnswer(c);
            case NUMERIC -> numeric(c);
            case ORDERING -> ordering(c);
            case MATCHING -> matching(c);
            case CLOZE -> throw new IllegalStateException("a cloze note is checked with its text");
        };
    }

    private boolean count(String field, int n) {
        if (n < DraftLimits.LIST_MIN) {
            t.problems.add(t.problem(field, "too-few", DraftLimits.LIST_MIN));
            return false;
        }
        if (n > DraftLimits.LIST_MAX) {
            t.problems.add(t.problem(field, "too-many", DraftLimits.LIST_MAX));
            return false;
        }
        return true;
    }

    private LocalizedText part(String field, LocalizedText given, Set<String> seen) {
        int before = t.problems.size();
        LocalizedText p = t.required(field, given, DraftLimits.PART_MAX);
        if (t.problems.size() == before && seen != null) {
            for (String lang : List.of("zh", "en")) {
                String s = lang.equals("zh") ? p.zh() : p.en();
                String k = lang + ":" + RichText.plain(s, t.html).strip().toLowerCase(Locale.ROOT);
                if (!s.isBlank() && !seen.add(k)) {
                    t.problems.add(t.problem(field + "." + lang, "duplicate"));
                }
            }
        }
        return p;
    }

    private QuestionContent choices(ContentDraft c) {
        if (!count("choices", c.choices().size())) {
            return null;
        }
        List<QuestionContent.Choice> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < c.choices().size(); i++) {
            ContentDraft.ChoiceDraft x = c.choices().get(i);
            out.add(new QuestionContent.Choice(part("choice." + i, x.text(), seen), x.correct()));
        }
        long correct =
                c.choices().stream().filter(ContentDraft.ChoiceDraft::correct).count();
        boolean multiple = c.type() == QuestionType.MULTIPLE_CHOICE;
        if (correct == 0) {
            t.problems.add(t.problem("choices", "no-correct"));
        } else if (!multiple && correct > 1) {
            t.problems.add(t.problem("choices", "one-correct", correct));
        }
        if (out.stream().anyMatch(x -> x.text().isEmpty()) || correct == 0 || (!multiple && correct > 1)) {
            return null;
        }
        return multiple ? new QuestionContent.MultipleChoice(out) : new QuestionContent.SingleChoice(out);
    }

    private QuestionContent trueFalse(ContentDraft c) {
        if (c.truth() == null) {
            t.problems.add(t.problem("truth", "required"));
            return null;
        }
        return new QuestionContent.TrueFalse(c.truth());
    }

    private QuestionContent shortAnswer(ContentDraft c) {
        List<String> zh = accepted("accept.zh", c.acceptZh(), t.languages.needsZh());
        List<String> en = accepted("accept.en", c.acceptEn(), t.languages.needsEn());
        return zh == null || en == null || (zh.isEmpty() && en.isEmpty())
                ? null
                : new QuestionContent.ShortAnswer(zh, en);
    }

    private List<String> accepted(String field, List<String> given, boolean needed) {
        List<String> out = new ArrayList<>();
        for (String a : given) {
            String s = a == null ? "" : a.strip();
            if (!s.isEmpty() && !out.contains(s)) {
                out.add(s);
            }
        }
        if (needed && out.isEmpty()) {
            t.problems.add(t.problem(field, "required"));
            return null;
        }
        if (out.size() > DraftLimits.ACCEPTS_MAX) {
            t.problems.add(t.problem(field, "too-many", DraftLimits.ACCEPTS_MAX));
            return null;
        }
        for (String s : out) {
            if (s.length() > DraftLimits.ACCEPT_MAX) {
                t.problems.add(t.problem(field, "too-long", DraftLimits.ACCEPT_MAX));
                return null;
            }
            try {
                new AnswerKey.ShortAnswerKey(List.of(s), List.of());
            } catch (IllegalArgumentException e) {
                t.problems.add(t.problem(field, "accept-empty", s));
                return null;
            }
        }
        return out;
    }

    private QuestionContent numeric(ContentDraft c) {
        Optional<BigDecimal> answer = number("number", c.number(), true);
        Optional<BigDecimal> tolerance =
                c.tolerance().isEmpty() ? Optional.of(BigDecimal.ZERO) : number("tolerance", c.tolerance(), false);
        if (tolerance.isPresent() && tolerance.get().signum() < 0) {
            t.problems.add(t.problem("tolerance", "negative"));
            return null;
        }
        if (!c.unit().isEmpty() && units.apply(c.unit()).isEmpty()) {
            t.problems.add(t.problem("unit", "unit-unknown", c.unit()));
            return null;
        }
        if (answer.isEmpty() || tolerance.isEmpty()) {
            return null;
        }
        return new QuestionContent.Numeric(
                answer.get(), tolerance.get(), c.unit().isEmpty() ? null : c.unit());
    }

    private Optional<BigDecimal> number(String field, String typed, boolean required) {
        if (typed.isEmpty()) {
            if (required) {
                t.problems.add(t.problem(field, "required"));
            }
            return Optional.empty();
        }
        try {
            BigDecimal n = new BigDecimal(typed);
            if (n.abs().compareTo(new BigDecimal("1e30")) > 0 || n.scale() > 20) {
                throw new NumberFormatException(typed);
            }
            return Optional.of(n);
        } catch (NumberFormatException e) {
            t.problems.add(t.problem(field, "not-a-number", typed));
            return Optional.empty();
        }
    }

    private QuestionContent ordering(ContentDraft c) {
        if (!count("items", c.items().size())) {
            return null;
        }
        List<LocalizedText> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < c.items().size(); i++) {
            out.add(part("item." + i, c.items().get(i), seen));
        }
        return out.stream().anyMatch(LocalizedText::isEmpty) ? null : new QuestionContent.Ordering(out);
    }

    private QuestionContent matching(ContentDraft c) {
        if (!count("pairs", c.pairs().size())) {
            return null;
        }
        List<QuestionContent.MatchPair> out = new ArrayList<>();
        Set<String> lefts = new HashSet<>();
        Set<String> rights = new HashSet<>();
        for (int i = 0; i < c.pairs().size(); i++) {
            ContentDraft.PairDraft p = c.pairs().get(i);
            LocalizedText left = part("pair." + i + ".left", p.left(), lefts);
            LocalizedText right = part("pair." + i + ".right", p.right(), rights);
            if (!left.isEmpty() && !right.isEmpty()) {
                out.add(new QuestionContent.MatchPair(left, right));
            }
        }
        return out.size() < c.pairs().size() ? null : new QuestionContent.Matching(out);
    }

    /** One card per deletion number of the note's text. */
    List<QuestionContent> cloze(LocalizedText text, boolean typed) {
        return ClozeChecks.cards(t, text, typed);
    }
}
