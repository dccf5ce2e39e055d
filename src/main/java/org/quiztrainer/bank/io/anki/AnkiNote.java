package org.quiztrainer.bank.io.anki;

import java.util.List;
import org.quiztrainer.bank.io.Where;

/**
 * A note as a package or a text export gives it.
 *
 * @param guid   its GUID, or empty when a text export has no GUID column
 * @param type   its note type
 * @param fields its field values, in the note type's order
 * @param tags   its tags
 * @param html   whether its fields are HTML (always for packages; as the text export says)
 * @param where  where it is
 */
record AnkiNote(String guid, NoteType type, List<String> fields, List<String> tags, boolean html, Where where) {

    AnkiNote {
        guid = guid == null ? "" : guid;
        fields = List.copyOf(fields);
        tags = List.copyOf(tags);
    }

    /** The value of a field by name, or empty. */
    String field(String name) {
        int i = type.fields().indexOf(name);
        return i >= 0 && i < fields.size() ? fields.get(i) : "";
    }
}
