package org.quiztrainer.bank.lint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.grading.Grader;

/**
 * The accept lists of short answers, compared as the grader compares typed answers
 * ({@link Grader#matchKey}). Two rules, both warnings since wording has exceptions:
 * <ul>
 * <li>{@code accept-loose}: an accepted answer that is the term (the first accepted answer of its
 *     language) with two or more characters (Chinese) or words (English) left out in the middle
 *     ({@code 大模型} beside {@code 大语言模型}): it accepts something looser than the term. Connecting
 *     words left out ({@code 预训练微调} beside {@code 预训练和微调}) do not count.</li>
 * <li>{@code accept-head-noun}: the question names the kind of thing it asks for ("which algorithm",
 *     "这个问题叫什么"), so the term and every other accepted answer in the noun's script should also be
 *     accepted with that word after it ({@code 反向传播算法}, {@code backpropagation algorithm},
 *     {@code N元语法模型} beside {@code N元语法}).</li>
 * </ul>
 */
final class AcceptListRule implements LintRule {

    private static final Set<String> CONNECTORS = Set.of("和", "与", "及", "加", "并", "再", "先", "and", "then", "or");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ZH_NOUN =
            Pattern.compile("(算法|模型|函数|问题|机制|范式|方法)(?:叫什么|叫做什么|称作什么|被称作什么|被称为什么|是什么)|(?:哪个|哪种|什么)(算法|模型|函数|机制|范式|方法)");
    private static final Pattern EN_NOUN = Pattern.compile(
            "\\b(?:what|which)\\b[^?]{0,40}?\\b(algorithm|model|function|problem|mechanism|paradigm)\\b",
            Pattern.CASE_INSENSITIVE);

    private final boolean loose;

    private AcceptListRule(boolean loose) {
        this.loose = loose;
    }

    static List<LintRule> all() {
        return List.of(new AcceptListRule(true), new AcceptListRule(false));
    }

    @Override
    public String id() {
        return loose ? "accept-loose" : "accept-head-noun";
    }

    @Override
    public List<Finding> check(LintInput input) {
        List<Finding> out = new ArrayList<>();
        for (Question q : input.bank().questions()) {
            if (q.content() instanceof QuestionContent.ShortAnswer s) {
                if (loose) {
                    loose(q, s, out);
                } else {
                    headNoun(q, s, q.text().zh(), s.acceptZh(), ZH_NOUN, "", out);
                    headNoun(q, s, q.text().en(), s.acceptEn(), EN_NOUN, " ", out);
                }
            }
        }
        return out;
    }

    private void loose(Question q, QuestionContent.ShortAnswer s, List<Finding> out) {
        List<String> all = new ArrayList<>(s.acceptZh());
        all.addAll(s.acceptEn());
        for (List<String> list : List.of(s.acceptZh(), s.acceptEn())) {
            if (list.isEmpty()) {
                continue;
            }
            String term = list.get(0);
            for (String other : all) {
                if (leftOutInTheMiddle(tokens(other), tokens(term))) {
                    out.add(Finding.warning(
                            id(),
                            q.origin(),
                            q.id(),
                            "accepts '" + other + "', which is the term '" + term
                                    + "' with a part left out in the middle: too loose?"));
                }
            }
        }
    }

    /** Characters for Chinese (as compared), words for other text. */
    private static List<String> tokens(String answer) {
        String key = Grader.matchKey(answer);
        if (key.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            return key.codePoints().mapToObj(Character::toString).toList();
        }
        return List.of(NON_WORD.split(answer.toLowerCase(java.util.Locale.ROOT).strip())).stream()
                .filter(w -> !w.isEmpty())
                .toList();
    }

    /**
     * Whether {@code a} is {@code term} with two or more tokens, not all connecting words, left out
     * between a kept start and a kept end: {@code a = term[0, i) + term[j, n)}, {@code 1 <= i},
     * {@code j - i >= 2}, {@code j <= n - 1}.
     */
    private static boolean leftOutInTheMiddle(List<String> a, List<String> term) {
        int n = term.size();
        int cut = n - a.size();
        if (cut < 2 || a.isEmpty()) {
            return false;
        }
        for (int i = 1; i + cut <= n - 1; i++) {
            if (term.subList(0, i).equals(a.subList(0, i))
                    && term.subList(i + cut, n).equals(a.subList(i, a.size()))
                    && !CONNECTORS.containsAll(term.subList(i, i + cut))) {
                return true;
            }
        }
        return false;
    }

    private void headNoun(
            Question q,
            QuestionContent.ShortAnswer s,
            String text,
            List<String> accepted,
            Pattern asks,
            String joiner,
            List<Finding> out) {
        Matcher m = asks.matcher(text);
        if (!m.find()) {
            return;
        }
        String noun = m.group(1) != null ? m.group(1) : m.group(2);
        String nounKey = Grader.matchKey(noun);
        Set<String> keys = new LinkedHashSet<>();
        s.acceptZh().forEach(a -> keys.add(Grader.matchKey(a)));
        s.acceptEn().forEach(a -> keys.add(Grader.matchKey(a)));
        boolean chineseNoun = Texts.hasHan(noun);
        Set<String> seen = new LinkedHashSet<>();
        List<String> missing = accepted.stream()
                .filter(a -> a.equals(accepted.get(0)) || Texts.hasHan(a) == chineseNoun)
                .filter(a -> !Grader.matchKey(a).endsWith(nounKey))
                .map(a -> a + joiner + noun)
                .filter(a -> !keys.contains(Grader.matchKey(a)))
                .filter(a -> seen.add(Grader.matchKey(a)))
                .collect(Collectors.toList());
        if (!missing.isEmpty()) {
            out.add(Finding.warning(
                    id(),
                    q.origin(),
                    q.id(),
                    "the question asks for the " + noun + ", so accept also "
                            + missing.stream().map(a -> "'" + a + "'").collect(Collectors.joining(", "))));
        }
    }
}
