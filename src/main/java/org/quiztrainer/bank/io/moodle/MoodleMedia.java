package org.quiztrainer.bank.io.moodle;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.quiztrainer.bank.io.ImportLimitException;
import org.quiztrainer.bank.io.ImportLimits;
import org.quiztrainer.bank.io.ImportMedia;
import org.quiztrainer.bank.io.Where;
import org.quiztrainer.bank.io.support.DocumentBuilder;
import org.quiztrainer.bank.io.support.Messages;

/**
 * The files of a Moodle XML file ({@code <file name="a.png" path="/" encoding="base64">} inside a text),
 * kept as {@link ImportMedia} under a safe name (letters, digits, {@code . _ -}; a second file of the same
 * name but other bytes becomes {@code a-2.png}), and the texts' {@code @@PLUGINFILE@@/a.png} references
 * rewritten to that name. A file past {@link ImportLimits#maxMediaBytes()} or not valid base64 is skipped
 * with the reason; all files together past {@link ImportLimits#maxExpandedBytes()} refuse the import.
 */
final class MoodleMedia {

    static final String PLUGINFILE = "@@PLUGINFILE@@/";
    private static final java.util.regex.Pattern SLASH = java.util.regex.Pattern.compile("/");

    private final ImportLimits limits;
    private final DocumentBuilder doc;
    private final Map<String, byte[]> kept = new HashMap<>();
    private long total;

    MoodleMedia(ImportLimits limits, DocumentBuilder doc) {
        this.limits = limits;
        this.doc = doc;
    }

    /** The text of an element with the files inside it kept and their references rewritten. */
    String attach(XmlNode element, String text, Where where) throws ImportLimitException {
        String out = text;
        for (XmlNode file : element.all("file")) {
            String name = file.attribute("name", "");
            String path = file.attribute("path", "/");
            if (name.isBlank()) {
                continue;
            }
            if (file.truncated) {
                doc.skip(
                        Messages.skip(where, "import.skip.moodle.file-too-large", name, limits.maxMediaBytes() / 1024));
                continue;
            }
            byte[] bytes;
            try {
                bytes = java.util.Base64.getMimeDecoder()
                        .decode(file.text.toString().strip());
            } catch (IllegalArgumentException e) {
                doc.skip(Messages.skip(where, "import.skip.moodle.bad-file", name));
                continue;
            }
            if (bytes.length > limits.maxMediaBytes()) {
                doc.skip(
                        Messages.skip(where, "import.skip.moodle.file-too-large", name, limits.maxMediaBytes() / 1024));
                continue;
            }
            String keptName = keep(name, bytes, where);
            String relative = (path.startsWith("/") ? path.substring(1) : path) + name;
            out = out.replace(PLUGINFILE + relative, keptName).replace(PLUGINFILE + encode(relative), keptName);
        }
        return out;
    }

    private String keep(String name, byte[] bytes, Where where) throws ImportLimitException {
        String safe = safe(name);
        String candidate = safe;
        int n = 2;
        while (kept.containsKey(candidate) && !Arrays.equals(kept.get(candidate), bytes)) {
            int dot = safe.lastIndexOf('.');
            candidate = dot > 0 ? safe.substring(0, dot) + "-" + n + safe.substring(dot) : safe + "-" + n;
            n++;
        }
        if (!kept.containsKey(candidate)) {
            total += bytes.length;
            if (total > limits.maxExpandedBytes()) {
                throw Messages.refusal(
                        where, "import.problem.moodle.files-too-large", limits.maxExpandedBytes() / (1024 * 1024));
            }
            kept.put(candidate, bytes);
            doc.media(new ImportMedia(candidate, bytes));
        }
        return candidate;
    }

    /** A file name reduced to letters, digits and {@code . _ -}, never a path. */
    static String safe(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String s = base.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "");
        return s.isEmpty() ? "file" : s;
    }

    /** PHP's {@code rawurlencode} of each path segment, as Moodle writes references. */
    static String encode(String path) {
        StringBuilder out = new StringBuilder();
        for (String segment : SLASH.split(path, -1)) {
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(URLEncoder.encode(segment, StandardCharsets.UTF_8)
                    .replace("+", "%20")
                    .replace("%7E", "~")
                    .replace("*", "%2A"));
        }
        return out.toString();
    }
}
