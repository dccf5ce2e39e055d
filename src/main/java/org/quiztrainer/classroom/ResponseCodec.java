package org.quiztrainer.classroom;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.quiztrainer.grading.Response;

/**
 * A saved response as one line of text: a kind letter, a colon, then the content ({@code C:0,2},
 * {@code B:true}, {@code T:any text}, {@code N:1750亿}, {@code O:2,0,1}, {@code P:0=1,1=0}, {@code L:blank␟blank} for the blanks of a cloze card). Item ids of
 * orderings and matchings are bank indexes, so they never contain a comma or an equals sign.
 */
final class ResponseCodec {

    /** Between the blanks of a cloze card: the ASCII unit separator, which no typed answer may hold. */
    static final String BLANK_SEPARATOR = "\u001f";

    private ResponseCodec() {}

    static String encode(Response response) {
        if (response instanceof Response.Choices c) {
            return "C:" + c.chosen().stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        if (response instanceof Response.TrueFalse tf) {
            return "B:" + tf.answer();
        }
        if (response instanceof Response.Text t) {
            return "T:" + t.text();
        }
        if (response instanceof Response.NumberText n) {
            return "N:" + n.text();
        }
        if (response instanceof Response.Order o) {
            return "O:" + String.join(",", o.order());
        }
        if (response instanceof Response.Blanks b) {
            return "L:" + String.join(BLANK_SEPARATOR, b.typed());
        }
        Response.Pairs p = (Response.Pairs) response;
        return "P:"
                + p.pairs().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(","));
    }

    static Response decode(String text) {
        String body = text.substring(2);
        return switch (text.charAt(0)) {
            case 'C' ->
                new Response.Choices(
                        items(body).stream().map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new)));
            case 'B' -> new Response.TrueFalse(Boolean.parseBoolean(body));
            case 'T' -> new Response.Text(body);
            case 'N' -> new Response.NumberText(body);
            case 'O' -> new Response.Order(items(body));
            case 'P' -> new Response.Pairs(pairs(body));
            case 'L' -> new Response.Blanks(Arrays.asList(body.split(BLANK_SEPARATOR, -1)));
            default -> throw new IllegalArgumentException("unknown response kind in " + text);
        };
    }

    private static List<String> items(String body) {
        return body.isEmpty() ? List.of() : Arrays.asList(body.split(","));
    }

    private static Map<String, String> pairs(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String item : items(body)) {
            String[] lr = item.split("=", 2);
            out.put(lr[0], lr[1]);
        }
        return out;
    }

    /** Whether a response can be stored this way: ids without separators, and short enough. */
    static boolean storable(Response response) {
        if (response instanceof Response.Order o && o.order().stream().anyMatch(ResponseCodec::bad)) {
            return false;
        }
        if (response instanceof Response.Pairs p
                && (p.pairs().keySet().stream().anyMatch(ResponseCodec::bad)
                        || p.pairs().values().stream().anyMatch(ResponseCodec::bad))) {
            return false;
        }
        if (response instanceof Response.Blanks b && b.typed().stream().anyMatch(t -> t.contains(BLANK_SEPARATOR))) {
            return false;
        }
        return encode(response).length() <= 2000;
    }

    private static boolean bad(String id) {
        return id.isEmpty() || id.contains(",") || id.contains("=");
    }
}
