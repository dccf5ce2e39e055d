package org.quiztrainer.bank.io.anki;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.quiztrainer.bank.io.ImportLimits;
import org.quiztrainer.bank.io.ImportMedia;
import org.quiztrainer.bank.io.Where;
import org.quiztrainer.bank.io.support.Messages;

/**
 * The images of a package that the imported questions show. The media list is the {@code media} entry: JSON
 * {@code {"0": "name.png", ...}} in legacy packages, a zstd-compressed {@code MediaEntries} message in current
 * ones, where entry {@code i} of the list is the zip entry named {@code i}, itself zstd-compressed. Only the
 * images the questions refer to are read; one past {@link ImportLimits#maxMediaBytes()} or missing from the
 * package is skipped with the reason. A name that is not a plain file name refuses the package.
 */
final class PackageMedia {

    private static final int LIST_BYTES = 64 * 1024 * 1024;

    private final PackageZip zip;
    private final boolean latest;
    private final ImportLimits limits;
    private final AnkiDocument doc;
    private Map<String, String> entries;

    PackageMedia(PackageZip zip, boolean latest, ImportLimits limits, AnkiDocument doc) {
        this.zip = zip;
        this.latest = latest;
        this.limits = limits;
        this.doc = doc;
    }

    /** The names of the images the package holds (in its media list, with their entry present). */
    Set<String> names() throws IOException {
        Set<String> out = new HashSet<>();
        entries().forEach((name, entry) -> {
            if (zip.has(entry)) {
                out.add(name);
            }
        });
        return out;
    }

    void read() throws IOException {
        if (doc.images().isEmpty()) {
            return;
        }
        Map<String, String> entries = entries();
        long kept = 0;
        for (String image : doc.images()) {
            String entry = entries.get(image);
            Where where = Where.entry("media " + image);
            if (entry == null || !zip.has(entry)) {
                doc.skip(Messages.skip(where, "import.skip.anki.missing-media", image));
                continue;
            }
            byte[] bytes;
            try (InputStream in = zip.open(entry, latest)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxMediaBytes() + 1));
            }
            if (bytes.length > limits.maxMediaBytes() || kept + bytes.length > limits.maxFileBytes()) {
                doc.skip(Messages.skip(where, "import.skip.anki.media-too-large", image, limits.maxMediaBytes()));
                continue;
            }
            kept += bytes.length;
            doc.media(new ImportMedia(image, bytes));
        }
    }

    private Map<String, String> entries() throws IOException {
        if (entries == null) {
            entries = list();
        }
        return entries;
    }

    /** Media names to their zip entries. */
    private Map<String, String> list() throws IOException {
        Map<String, String> out = new HashMap<>();
        if (!zip.has("media")) {
            return out;
        }
        byte[] bytes;
        try (InputStream in = zip.open("media", latest)) {
            bytes = in.readNBytes(LIST_BYTES + 1);
        }
        if (bytes.length > LIST_BYTES) {
            throw Messages.refusal(Where.entry("media"), "import.problem.anki.too-large-expanded", LIST_BYTES);
        }
        if (latest) {
            try {
                int index = 0;
                for (Proto.Field f : Proto.fields(bytes)) {
                    if (f.number() == 1 && f.wireType() == 2) {
                        put(out, Proto.string(f.bytes(), 1), String.valueOf(index++));
                    }
                }
            } catch (Proto.MalformedException e) {
                doc.skip(Messages.skip(Where.entry("media"), "import.skip.anki.media-list"));
            }
        } else {
            try {
                JsonNode map = CollectionModel.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    put(out, e.getValue().asText(""), e.getKey());
                }
            } catch (CollectionModel.BadCollectionException e) {
                doc.skip(Messages.skip(Where.entry("media"), "import.skip.anki.media-list"));
            }
        }
        return out;
    }

    private void put(Map<String, String> out, String name, String entry) throws IOException {
        if (name.isEmpty()
                || name.contains("/")
                || name.contains("\\")
                || name.contains("\0")
                || name.equals("..")
                || name.equals(".")
                || out.size() >= limits.maxEntries()) {
            throw Messages.refusal(
                    Where.entry("media " + name.replaceAll("\\p{Cntrl}", "?")),
                    "import.problem.anki.unsafe-media-name");
        }
        out.put(name, entry);
    }
}
