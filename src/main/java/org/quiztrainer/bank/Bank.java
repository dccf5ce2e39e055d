package org.quiztrainer.bank;

import java.util.Set;

/**
 * A bank of questions, as the services hand it out.
 *
 * @param id          its id; {@link #BUILT_IN} for the bank read from {@code questions/}
 * @param title       its title (the built-in bank's is translated by the UI)
 * @param description what it is for, or empty
 * @param languages   the languages its texts are written in
 * @param visibility  who may study it besides its owner and co-editors
 * @param ownerId     the user who made it; {@code null} for the built-in bank
 * @param editorIds   its co-editors
 * @param classIds    the classes it is shared with (used when {@code visibility} is CLASSES)
 * @param retired     whether its owner deleted it (its questions keep their history but leave study)
 * @param version     the optimistic lock of its settings
 */
public record Bank(
        long id,
        String title,
        String description,
        BankLanguages languages,
        Visibility visibility,
        Long ownerId,
        Set<Long> editorIds,
        Set<Long> classIds,
        boolean retired,
        long version) {

    /** The id of the built-in bank. */
    public static final long BUILT_IN = 1;

    public Bank {
        editorIds = Set.copyOf(editorIds);
        classIds = Set.copyOf(classIds);
    }

    /** Whether this is the bank read from {@code questions/}, read-only in the app. */
    public boolean builtIn() {
        return id == BUILT_IN;
    }

    /** Whether the user owns or co-edits it. */
    public boolean isEditor(long userId) {
        return (ownerId != null && ownerId == userId) || editorIds.contains(userId);
    }
}
