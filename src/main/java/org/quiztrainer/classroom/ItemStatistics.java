package org.quiztrainer.classroom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.quiztrainer.grading.Response;

/**
 * Item analysis, as Moodle's quiz statistics report defines it. Over the analysed attempts {@code p} that
 * asked question {@code i}, with {@code x_i(p)} its mark in 0..1 (0 if unanswered) and
 * {@code T(p) = sum_j x_j(p)} the attempt's total:
 *
 * <pre>
 * facility index   F_i = mean_p x_i(p)                         (the maximum mark is 1)
 * std deviation    SD_i = sqrt( sum_p (x_i(p) - mean x_i)^2 / (n - 1) )
 * rest of test     X_i(p) = T(p) - x_i(p)
 * discrimination   D_i = r(x_i, X_i)
 *                      = sum_p (x_i(p) - mean x_i)(X_i(p) - mean X_i)
 *                        / sqrt( sum_p (x_i(p) - mean x_i)^2 * sum_p (X_i(p) - mean X_i)^2 )
 * </pre>
 *
 * D is the Pearson correlation of the item with the rest of the test (Moodle shows {@code 100 * D}); it is
 * undefined when either has no spread. An item with {@code D < 0.3} discriminates poorly and is flagged; a
 * negative D means stronger learners did worse on it, usually a wrong key or an ambiguous question.
 */
public final class ItemStatistics {

    /** Below this discrimination index an item is flagged. */
    public static final double LOW_DISCRIMINATION = 0.3;
    /** The distribution key of attempts that did not answer. */
    public static final String NO_ANSWER = "-";

    /** One analysed attempt: its questions and the answers given (missing ones were not answered). */
    record Sheet(List<String> questionIds, Map<String, Answered> answers) {}

    /** An answer: its mark, the response and the time taken. */
    record Answered(double mark, Response response, long answerMs) {}

    private ItemStatistics() {}

    static List<ItemStats> analyse(List<Sheet> sheets) {
        Set<String> questions = new LinkedHashSet<>();
        sheets.forEach(s -> questions.addAll(s.questionIds()));
        List<ItemStats> out = new ArrayList<>();
        for (String q : questions) {
            List<double[]> pairs = new ArrayList<>();
            Map<String, Integer> distribution = new TreeMap<>();
            long ms = 0;
            int answered = 0;
            for (Sheet s : sheets) {
                if (!s.questionIds().contains(q)) {
                    continue;
                }
                Answered a = s.answers().get(q);
                double x = a == null ? 0 : a.mark();
                double total = s.answers().values().stream()
                        .mapToDouble(Answered::mark)
                        .sum();
                pairs.add(new double[] {x, total - x});
                if (a == null) {
                    distribution.merge(NO_ANSWER, 1, Integer::sum);
                } else {
                    keys(a.response()).forEach(k -> distribution.merge(k, 1, Integer::sum));
                    ms += a.answerMs();
                    answered++;
                }
            }
            int n = pairs.size();
            double meanX = pairs.stream().mapToDouble(p -> p[0]).average().orElse(0);
            double meanRest = pairs.stream().mapToDouble(p -> p[1]).average().orElse(0);
            double sxx = 0;
            double srr = 0;
            double sxr = 0;
            for (double[] p : pairs) {
                sxx += (p[0] - meanX) * (p[0] - meanX);
                srr += (p[1] - meanRest) * (p[1] - meanRest);
                sxr += (p[0] - meanX) * (p[1] - meanRest);
            }
            Double d = n < 2 || sxx == 0 || srr == 0 ? null : sxr / Math.sqrt(sxx * srr);
            out.add(new ItemStats(
                    q,
                    n,
                    meanX,
                    n < 2 ? 0 : Math.sqrt(sxx / (n - 1)),
                    d,
                    answered == 0 ? 0 : ms / 1000.0 / answered,
                    new LinkedHashMap<>(distribution),
                    d != null && d < LOW_DISCRIMINATION));
        }
        return out;
    }

    /** The distribution keys of a response: each chosen index, true/false, or the typed text. */
    static List<String> keys(Response r) {
        if (r instanceof Response.Choices c) {
            return c.chosen().isEmpty()
                    ? List.of(NO_ANSWER)
                    : c.chosen().stream().map(String::valueOf).toList();
        }
        if (r instanceof Response.TrueFalse tf) {
            return List.of(Boolean.toString(tf.answer()));
        }
        if (r instanceof Response.Text t) {
            return List.of(t.text().strip().toLowerCase(Locale.ROOT));
        }
        if (r instanceof Response.NumberText t) {
            return List.of(t.text().strip());
        }
        return List.of(ResponseCodec.encode(r).substring(2));
    }
}
