package org.quiztrainer.bank;

import java.util.Set;

/**
 * What the owner of a bank sets: title, description, languages, and who else may study or edit it.
 *
 * @param classIds        the classes it is shared with (kept only when {@code visibility} is CLASSES)
 * @param editorUsernames the usernames of its co-editors
 */
public record BankSettings(
        String title,
        String description,
        BankLanguages languages,
        Visibility visibility,
        Set<Long> classIds,
        Set<String> editorUsernames) {

    /** The longest title. */
    public static final int TITLE_MAX = 200;
    /** The longest description. */
    public static final int DESCRIPTION_MAX = 4000;
    /** The most co-editors and the most classes. */
    public static final int MAX_PEOPLE = 50;

    public BankSettings {
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
        classIds = classIds == null ? Set.of() : Set.copyOf(classIds);
        editorUsernames = editorUsernames == null ? Set.of() : Set.copyOf(editorUsernames);
    }

    /** A private bank in the given languages. */
    public static BankSettings privateBank(String title, BankLanguages languages) {
        return new BankSettings(title, "", languages, Visibility.PRIVATE, Set.of(), Set.of());
    }
}
