package org.quiztrainer.bank;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks one draft against its bank's languages and the limits of {@link DraftLimits}, cleaning formatted texts to
 * the safe subset first; reports every problem on its field. What passes is a {@link CheckedDraft}. Pure: the
 * checks that need the database (topics, keys, images) are the writer's.
 */
final class DraftValidator {

    private final BankLanguages languages;
    private final Function<String, Optional<Unit>> units;

    DraftValidator(BankLanguages languages, Function<String, Optional<Unit>> units) {
        this.languages = languages;
        this.units = units;
    }

    /** The draft cleaned and checked, or empty with its problems added to {@code problems}. */
    Optional<CheckedDraft> check(int index, QuestionDraft d, List<DraftProblem> problems) {
        DraftTexts t = new DraftTexts(index, d.html(), languages, problems);
        int before = problems.size();
        String key = key(index, d.key(), problems);
        List<String> tags = tags(index, d.tags(), problems);
        if (d.source().length() > DraftLimits.PART_MAX) {
            problems.add(t.problem("source", "too-long", DraftLimits.PART_MAX));
        }
        LocalizedText text = t.required("text", d.text(), DraftLimits.TEXT_MAX);
        LocalizedText explanation = t.optional("explanation", d.explanation(), DraftLimits.TEXT_MAX);
        List<QuestionContent> contents = new ArrayList<>();
        ContentChecks content = new ContentChecks(t, units);
        if (d.type() == QuestionType.CLOZE) {
            contents.addAll(content.cloze(text, d.content().typed()));
        } else {
            content.single(d.content()).ifPresent(contents::add);
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new CheckedDraft(index, key, tags, d.source(), text, explanation, contents, d.html(), d));
    }

    private static String key(int index, String key, List<DraftProblem> problems) {
        if (key.length() > DraftLimits.KEY_MAX) {
            problems.add(new DraftProblem(index, "key", "bank.edit.error.too-long", List.of("" + DraftLimits.KEY_MAX)));
        } else if (key.chars().anyMatch(Character::isISOControl)) {
            problems.add(new DraftProblem(index, "key", "bank.edit.error.key-characters", List.of()));
        }
        return key;
    }

    private static List<String> tags(int index, List<String> given, List<DraftProblem> problems) {
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : given) {
            String t = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
            if (t.isEmpty()) {
                continue;
            }
            if (t.length() > DraftLimits.TAG_MAX || t.contains(",") || t.chars().anyMatch(Character::isISOControl)) {
                problems.add(
                        new DraftProblem(index, "tags", "bank.edit.error.tag", List.of(t, "" + DraftLimits.TAG_MAX)));
            }
            tags.add(t);
        }
        if (tags.size() > DraftLimits.TAGS_MAX) {
            problems.add(
                    new DraftProblem(index, "tags", "bank.edit.error.too-many", List.of("" + DraftLimits.TAGS_MAX)));
        }
        return List.copyOf(tags);
    }
}
