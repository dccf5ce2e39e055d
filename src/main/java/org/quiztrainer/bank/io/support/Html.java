package org.quiztrainer.bank.io.support;

import java.util.regex.Pattern;

/** Small conversions between plain text and HTML fragments, for formats that mix the two. */
public final class Html {

    private static final Pattern TAG =
            Pattern.compile("<(?:[a-zA-Z][a-zA-Z0-9]*(?:\\s[^>]*)?/?|/[a-zA-Z][a-zA-Z0-9]*\\s*)>");
    private static final Pattern ENTITY =
            Pattern.compile("&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</p>\\s*<p[^>]*>|</(?:div|li|h[1-6])>");

    private Html() {}

    /** Whether a text holds something an HTML reader would treat as markup: a tag or an entity. */
    public static boolean hasMarkup(String text) {
        return TAG.matcher(text).find() || ENTITY.matcher(text).find();
    }

    /** Plain text as an HTML fragment: {@code & < > "} escaped, line breaks as {@code <br>}. */
    public static String fromText(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("<br>");
                case '\r' -> {}
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * An HTML fragment as plain text, for formats that cannot carry HTML: line breaks and block ends become
     * line breaks, other tags are dropped, the common entities are decoded.
     */
    public static String toText(String html) {
        String s = BREAK.matcher(html).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        s = s.replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&apos;", "'");
        s = decodeNumeric(s).replace("&amp;", "&");
        return s.strip();
    }

    private static String decodeNumeric(String s) {
        java.util.regex.Matcher m =
                Pattern.compile("&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});").matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String n = m.group(1);
            int cp = n.charAt(0) == 'x' ? Integer.parseInt(n.substring(1), 16) : Integer.parseInt(n);
            String ch = Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "";
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(ch));
        }
        m.appendTail(out);
        return out.toString();
    }
}
