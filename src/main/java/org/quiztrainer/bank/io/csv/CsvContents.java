package org.quiztrainer.bank.io.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.QuestionContent.Choice;
import org.quiztrainer.bank.io.csv.CsvRow.Bad;
import org.quiztrainer.bank.io.csv.CsvValues.Separator;
import org.quiztrainer.bank.io.csv.CsvValues.Token;

/** The content of each type from a row's {@code answer} and {@code choices} cells (see docs/import-formats.md). */
final class CsvContents {

    private static final String NUM = "[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?";
    private static final String UNIT = "(?:\\s+([a-z0-9][a-z0-9._-]*))?";
    private static final Pattern TOLERANCE =
            Pattern.compile("(" + NUM + ")(?:\\s*(?:±|\\+-|\\+/-)\\s*(" + NUM + "))?" + UNIT);
    private static final Pattern RANGE = Pattern.compile("(" + NUM + ")\\s*\\.\\.\\s*(" + NUM + ")" + UNIT);

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private CsvContents() {}

    static QuestionContent flashcard(CsvRow row) throws Bad {
        return new QuestionContent.Flashcard(row.value(CsvValues.tokens(row.answer), "answer"));
    }

    /** Choices, with the right ones named in {@code answer} by their text (either language) or number. */
    static QuestionContent choice(CsvRow row, boolean single) throws Bad {
        List<LocalizedText> choices = row.values(row.choices, "choices");
        if (choices.size() < 2) {
            throw new Bad("import.problem.csv.too-few-choices");
        }
        Set<Integer> right = new LinkedHashSet<>();
        for (List<Token> a : CsvValues.split(CsvValues.tokens(row.answer), Separator.BAR)) {
            if (!CsvValues.text(a).isEmpty()) {
                right.add(find(row, choices, a));
            }
        }
        if (single ? right.size() != 1 : right.isEmpty()) {
            throw new Bad(
                    single ? "import.problem.csv.single-needs-one-answer" : "import.problem.csv.no-answer",
                    right.size());
        }
        List<Choice> out = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            out.add(new Choice(choices.get(i), right.contains(i)));
        }
        return single ? new QuestionContent.SingleChoice(out) : new QuestionContent.MultipleChoice(out);
    }

    private static int find(CsvRow row, List<LocalizedText> choices, List<Token> answer) throws Bad {
        LocalizedText a = row.value(answer, "answer");
        String plain = CsvValues.text(answer);
        for (int i = 0; i < choices.size(); i++) {
            LocalizedText c = choices.get(i);
            if (c.equals(a) || (!plain.contains("||") && (c.zh().equals(plain) || c.en().equals(plain)))) {
                return i;
            }
        }
        if (plain.matches("\\d{1,3}")) {
            int n = Integer.parseInt(plain);
            if (n >= 1 && n <= choices.size()) {
                return n - 1;
            }
        }
        throw new Bad("import.problem.csv.answer-not-a-choice", plain);
    }

    static QuestionContent trueFalse(CsvRow row) throws Bad {
        return switch (row.answer.toLowerCase(Locale.ROOT)) {
            case "true", "t", "yes", "y", "1", "对", "正确", "是" -> new QuestionContent.TrueFalse(true);
            case "false", "f", "no", "n", "0", "错", "错误", "否" -> new QuestionContent.TrueFalse(false);
            default -> throw new Bad("import.problem.csv.not-true-false", row.answer);
        };
    }

    /** Accepted answers: one list for the row's languages, or {@code zh list || en list}. */
    static QuestionContent shortAnswer(CsvRow row) throws Bad {
        List<List<Token>> sides = CsvValues.split(CsvValues.tokens(row.answer), Separator.DOUBLE_BAR);
        if (sides.size() > 2) {
            throw new Bad("import.problem.csv.too-many-languages", "answer");
        }
        List<String> first = list(sides.get(0));
        List<String> zh = sides.size() == 2 ? first : row.text.hasZh() ? first : List.of();
        List<String> en = sides.size() == 2 ? list(sides.get(1)) : row.text.hasEn() ? first : List.of();
        if (zh.isEmpty() && en.isEmpty()) {
            throw new Bad("import.problem.csv.empty", "answer");
        }
        return new QuestionContent.ShortAnswer(zh, en);
    }

    private static List<String> list(List<Token> tokens) {
        List<String> out = new ArrayList<>();
        for (List<Token> item : CsvValues.split(tokens, Separator.BAR)) {
            String t = CsvValues.text(item);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** {@code 175}, {@code 175 ± 5}, {@code 170..180}, each optionally followed by a unit id. */
    static QuestionContent numeric(CsvRow row) throws Bad {
        Matcher t = TOLERANCE.matcher(row.answer);
        Matcher r = RANGE.matcher(row.answer);
        try {
            if (r.matches()) {
                BigDecimal min = new BigDecimal(r.group(1));
                BigDecimal max = new BigDecimal(r.group(2));
                if (max.compareTo(min) < 0) {
                    throw new Bad("import.problem.csv.not-a-number", row.answer);
                }
                BigDecimal mid = min.add(max).divide(BigDecimal.valueOf(2));
                return new QuestionContent.Numeric(mid, max.subtract(mid), r.group(3));
            } else if (t.matches()) {
                BigDecimal tolerance = t.group(2) == null ? BigDecimal.ZERO : new BigDecimal(t.group(2));
                if (tolerance.signum() < 0) {
                    throw new Bad("import.problem.csv.not-a-number", row.answer);
                }
                return new QuestionContent.Numeric(new BigDecimal(t.group(1)), tolerance, t.group(3));
            }
        } catch (NumberFormatException e) {
            throw new Bad("import.problem.csv.not-a-number", row.answer);
        }
        throw new Bad("import.problem.csv.not-a-number", row.answer);
    }

    static QuestionContent ordering(CsvRow row) throws Bad {
        List<LocalizedText> items = row.values(row.choices, "choices");
        if (items.size() < 2) {
            throw new Bad("import.problem.csv.too-few-choices");
        }
        return new QuestionContent.Ordering(items);
    }

    /** Pairs {@code left => right}, separated by {@code |}. */
    static QuestionContent matching(CsvRow row) throws Bad {
        List<QuestionContent.MatchPair> pairs = new ArrayList<>();
        for (List<Token> item : CsvValues.split(CsvValues.tokens(row.choices), Separator.BAR)) {
            if (CsvValues.text(item).isEmpty()) {
                continue;
            }
            List<List<Token>> sides = CsvValues.split(item, Separator.ARROW);
            if (sides.size() != 2) {
                throw new Bad("import.problem.csv.pair-without-arrow", CsvValues.text(item));
            }
            pairs.add(new QuestionContent.MatchPair(
                    row.value(sides.get(0), "choices"), row.value(sides.get(1), "choices")));
        }
        if (pairs.size() < 2) {
            throw new Bad("import.problem.csv.too-few-choices");
        }
        return new QuestionContent.Matching(pairs);
    }

    /** The deletion number of a cloze row ({@code c2}), if it names one, and whether it is typed. */
    record ClozeAnswer(Optional<Integer> number, boolean typed) {}

    static ClozeAnswer cloze(CsvRow row) throws Bad {
        Optional<Integer> number = Optional.empty();
        boolean typed = false;
        for (String word : SPACES.split(row.answer.toLowerCase(Locale.ROOT), -1)) {
            if (word.isEmpty()) {
                // the space before the first word
            } else if (word.equals("typed")) {
                typed = true;
            } else if (word.matches("c\\d{1,3}") && number.isEmpty()) {
                number = Optional.of(Integer.parseInt(word.substring(1)));
            } else {
                throw new Bad("import.problem.csv.bad-cloze-answer", row.answer);
            }
        }
        return new ClozeAnswer(number, typed);
    }
}
