package org.quiztrainer.bank.io.anki;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quiztrainer.bank.io.Format;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportItem;
import org.quiztrainer.bank.io.ImportLimitException;
import org.quiztrainer.bank.io.ImportMedia;
import org.quiztrainer.bank.io.ImportProblem;
import org.quiztrainer.bank.io.ImportSkip;
import org.quiztrainer.bank.io.ReviewHistory;
import org.quiztrainer.bank.io.Where;
import org.quiztrainer.bank.io.support.Messages;

/**
 * What an Anki file gives, collected while it is read: questions (at most {@code maxItems}), skips, problems,
 * the images the questions use, review histories. Sounds and cards of other note types are reported once
 * each, with a count, rather than once per note.
 */
final class AnkiDocument {

    private final Format format;
    private final int maxItems;
    private final List<ImportItem> items = new ArrayList<>();
    private final List<ImportSkip> skipped = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportMedia> media = new ArrayList<>();
    private final List<ReviewHistory> histories = new ArrayList<>();
    private final Set<String> images = new LinkedHashSet<>();
    private Set<String> available = Set.of();
    private final List<String> sounds = new ArrayList<>();
    private final Set<String> fittedTags = new LinkedHashSet<>();
    private Where firstSound;
    private final Set<String> reported = new java.util.HashSet<>();
    private final Map<String, Integer> otherTypes = new LinkedHashMap<>();
    private final Map<String, Where> otherTypeWhere = new LinkedHashMap<>();

    AnkiDocument(Format format, int maxItems) {
        this.format = format;
        this.maxItems = maxItems;
    }

    /** Adds a question; refuses the file when it gives more than the limit. */
    void item(ImportItem item) throws ImportLimitException {
        if (items.size() >= maxItems) {
            throw Messages.refusal(item.where(), "import.problem.anki.too-many-questions", maxItems);
        }
        items.add(item);
    }

    void skip(ImportSkip skip) {
        skipped.add(skip);
    }

    void problem(ImportProblem problem) {
        problems.add(problem);
    }

    void media(ImportMedia file) {
        media.add(file);
    }

    void history(ReviewHistory history) {
        histories.add(history);
    }

    /** The images the file holds (a package's media list, entries present), to tell a side of missing ones. */
    void available(Set<String> names) {
        available = Set.copyOf(names);
    }

    /** Whether the file holds the image. */
    boolean hasMedia(String name) {
        return available.contains(name);
    }

    /** Notes an image the questions use. */
    void image(String name) {
        images.add(name);
    }

    /** The images the questions use, in order of first use. */
    Set<String> images() {
        return images;
    }

    /** Notes a dropped sound of a note (once per note and name). */
    void sound(String name, Where note) {
        if (!firstReport("sound " + note + " " + name)) {
            return;
        }
        if (firstSound == null) {
            firstSound = note;
        }
        sounds.add(name);
    }

    /** Notes a tag that was split, shortened or left out to fit the bank's rules. */
    void tagFitted(String tag) {
        fittedTags.add(tag);
    }

    /** Whether something (a note's edit, a sound) is reported for the first time. */
    boolean firstReport(String key) {
        return reported.add(key);
    }

    /** Notes a card of a note type that is not one of Anki's standard ones. */
    void otherType(String noteType, Where where) {
        otherTypes.merge(noteType, 1, Integer::sum);
        otherTypeWhere.putIfAbsent(noteType, where);
    }

    /** The question added last. */
    ImportItem lastItem() {
        return items.get(items.size() - 1);
    }

    int itemCount() {
        return items.size();
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /**
     * The document. The deck every question shares, if they all share one, is the bank itself and is left out
     * of the topic paths ({@code Spanish::Verbs} becomes the topic {@code Verbs}).
     */
    ImportDocument build() {
        if (!sounds.isEmpty()) {
            List<String> examples = sounds.stream().distinct().limit(3).toList();
            skipped.add(
                    Messages.skip(firstSound, "import.skip.anki.sound", sounds.size(), String.join(", ", examples)));
        }
        if (!fittedTags.isEmpty()) {
            List<String> examples = fittedTags.stream().limit(3).toList();
            skipped.add(Messages.skip(
                    Where.entry("tags"),
                    "import.skip.anki.tags-fitted",
                    fittedTags.size(),
                    org.quiztrainer.bank.DraftLimits.TAGS_MAX,
                    org.quiztrainer.bank.DraftLimits.TAG_MAX,
                    String.join(", ", examples)));
        }
        otherTypes.forEach((type, count) ->
                skipped.add(Messages.skip(otherTypeWhere.get(type), "import.skip.anki.other-note-type", type, count)));
        return new ImportDocument(format, withoutSharedRoot(items), skipped, problems, media, histories);
    }

    private static List<ImportItem> withoutSharedRoot(List<ImportItem> items) {
        if (items.isEmpty() || items.get(0).topicPath().isEmpty()) {
            return items;
        }
        String root = items.get(0).topicPath().get(0);
        boolean shared = items.stream()
                .allMatch(i -> !i.topicPath().isEmpty() && i.topicPath().get(0).equals(root));
        if (!shared) {
            return items;
        }
        return items.stream()
                .map(i -> new ImportItem(
                        i.identity(),
                        i.where(),
                        i.topicPath().subList(1, i.topicPath().size()),
                        i.tags(),
                        i.text(),
                        i.explanation(),
                        i.content(),
                        i.html()))
                .toList();
    }
}
