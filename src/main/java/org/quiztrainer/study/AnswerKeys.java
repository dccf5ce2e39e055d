package org.quiztrainer.study;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.quiztrainer.bank.ClozeText;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.RichText;
import org.quiztrainer.bank.Unit;
import org.quiztrainer.grading.AnswerKey;
import org.quiztrainer.grading.UnitSpec;

/**
 * The grading key of a bank question. Ordering items and matching pairs are named by their index in
 * the bank ({@code "0"}, {@code "1"}, …): an ordering response lists item indexes in the learner's
 * order, a matching response maps each left index to the chosen right index.
 */
public final class AnswerKeys {

    private AnswerKeys() {}

    /**
     * The key of a question, or empty when the learner grades themself (a flashcard, a cloze card that is
     * revealed). A typed cloze card's blanks accept the hidden text of either language, blank by blank.
     */
    public static Optional<AnswerKey> of(Question question, Function<String, Optional<Unit>> units) {
        if (question.content() instanceof QuestionContent.Cloze c) {
            return c.typed() ? Optional.of(cloze(question, c.number())) : Optional.empty();
        }
        return of(question.content(), units);
    }

    private static AnswerKey cloze(Question q, int number) {
        List<String> zh = hidden(q.text().zh(), number, q.html());
        List<String> en = hidden(q.text().en(), number, q.html());
        int n = Math.max(zh.size(), en.size());
        List<AnswerKey.ShortAnswerKey> blanks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            blanks.add(new AnswerKey.ShortAnswerKey(
                    i < zh.size() ? List.of(zh.get(i)) : List.of(), i < en.size() ? List.of(en.get(i)) : List.of()));
        }
        return new AnswerKey.ClozeKey(blanks);
    }

    private static List<String> hidden(String text, int number, boolean html) {
        return ClozeText.answers(text, number).stream()
                .map(a -> RichText.plain(a, html).strip())
                .filter(a -> !a.isEmpty())
                .toList();
    }

    /** The key for a content, or empty for a self-graded flashcard (and for a cloze card, which needs its text). */
    public static Optional<AnswerKey> of(QuestionContent content, Function<String, Optional<Unit>> units) {
        if (content instanceof QuestionContent.SingleChoice c) {
            return Optional.of(new AnswerKey.ChoiceKey(c.choices().size(), correct(c.choices()), false));
        }
        if (content instanceof QuestionContent.MultipleChoice c) {
            return Optional.of(new AnswerKey.ChoiceKey(c.choices().size(), correct(c.choices()), true));
        }
        if (content instanceof QuestionContent.TrueFalse t) {
            return Optional.of(new AnswerKey.TrueFalseKey(t.answer()));
        }
        if (content instanceof QuestionContent.ShortAnswer s) {
            return Optional.of(new AnswerKey.ShortAnswerKey(s.acceptZh(), s.acceptEn()));
        }
        if (content instanceof QuestionContent.Numeric n) {
            return Optional.of(new AnswerKey.NumericKey(
                    n.answer(),
                    n.tolerance(),
                    Optional.ofNullable(n.unit()).flatMap(units).map(AnswerKeys::spec)));
        }
        if (content instanceof QuestionContent.Ordering o) {
            return Optional.of(new AnswerKey.OrderingKey(indexes(o.items().size())));
        }
        if (content instanceof QuestionContent.Matching m) {
            return Optional.of(new AnswerKey.MatchingKey(identity(m.pairs().size())));
        }
        return Optional.empty();
    }

    static UnitSpec spec(Unit unit) {
        return new UnitSpec(unit.base(), unit.spellings(), unit.scales());
    }

    private static Set<Integer> correct(List<QuestionContent.Choice> choices) {
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).correct()) {
                out.add(i);
            }
        }
        return out;
    }

    private static List<String> indexes(int n) {
        return IntStream.range(0, n).mapToObj(Integer::toString).toList();
    }

    private static Map<String, String> identity(int n) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(Integer.toString(i), Integer.toString(i));
        }
        return out;
    }
}
