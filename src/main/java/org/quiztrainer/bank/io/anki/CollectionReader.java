package org.quiztrainer.bank.io.anki;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quiztrainer.bank.io.ImportItem;
import org.quiztrainer.bank.io.ImportLimitException;
import org.quiztrainer.bank.io.ImportLimits;
import org.quiztrainer.bank.io.ImportOptions;
import org.quiztrainer.bank.io.ReviewHistory;
import org.quiztrainer.bank.io.Where;
import org.quiztrainer.bank.io.support.Messages;

/**
 * Reads the notes, cards and review log of a collection (schema 11 to 18; the three tables are the same in
 * all) into questions and review histories: each card that becomes a question and was ever studied (or is
 * suspended) gets its revlog rows, its due date and whether it is suspended.
 */
final class CollectionReader {

    /** The first field of the note in the placeholder collection Anki adds for old versions. */
    static final String PLACEHOLDER = "Please update to the latest Anki version";

    private final Connection db;
    private final AnkiDocument doc;
    private final ImportOptions options;
    private final boolean placeholderPossible;

    CollectionReader(Connection db, AnkiDocument doc, ImportOptions options, boolean placeholderPossible) {
        this.db = db;
        this.doc = doc;
        this.options = options;
        this.placeholderPossible = placeholderPossible;
    }

    private record NoteRow(String guid, long mid, List<String> tags, List<String> fields) {}

    void read(CollectionModel model) throws SQLException, ImportLimitException {
        ImportLimits limits = options.limits();
        refuseAbove("select count(*) from notes", limits.maxItems(), "import.problem.anki.too-many-questions");
        refuseAbove("select count(*) from cards", limits.maxItems(), "import.problem.anki.too-many-questions");
        refuseAbove("select count(*) from revlog", limits.maxHistoryRows(), "import.problem.anki.too-many-reviews");
        Map<Long, NoteRow> notes = notes();
        Map<Long, List<ReviewHistory.Review>> reviews = new RevlogReader(db, model.v1()).byCard();
        Map<Long, AnkiNote> built = new HashMap<>();
        NoteMapper mapper = new NoteMapper(options.language(), doc);
        try (PreparedStatement s = db.prepareStatement(
                "select id, nid, did, ord, type, queue, due, odue, odid from cards order by nid, ord")) {
            s.setQueryTimeout(CollectionFile.QUERY_SECONDS);
            ResultSet r = s.executeQuery();
            while (r.next()) {
                long cid = r.getLong(1);
                long nid = r.getLong(2);
                int ord = r.getInt(4);
                Where where = Where.entry("note " + nid + " card " + (ord + 1));
                NoteRow row = notes.get(nid);
                NoteType type = row == null ? null : model.noteTypes().get(row.mid());
                if (type == null) {
                    doc.skip(Messages.skip(where, "import.skip.anki.missing-note-type"));
                    continue;
                }
                if (placeholderPossible
                        && !row.fields().isEmpty()
                        && FieldHtml.text(row.fields().get(0)).startsWith(PLACEHOLDER)) {
                    doc.skip(Messages.skip(where, "import.skip.anki.placeholder"));
                    continue;
                }
                AnkiNote note = built.computeIfAbsent(
                        nid,
                        id -> new AnkiNote(
                                row.guid().isBlank() ? "note-" + id : row.guid(),
                                type,
                                row.fields(),
                                row.tags(),
                                true,
                                Where.entry("note " + id)));
                long deck = r.getLong(9) != 0 ? r.getLong(9) : r.getLong(3);
                int before = doc.itemCount();
                mapper.map(new AnkiCard(note, ord, model.decks().getOrDefault(deck, List.of()), where));
                if (doc.itemCount() > before) {
                    history(doc.lastItem(), r, reviews.getOrDefault(cid, List.of()), model);
                }
            }
        }
    }

    private void history(ImportItem item, ResultSet r, List<ReviewHistory.Review> rows, CollectionModel model)
            throws SQLException {
        int type = r.getInt(5);
        int queue = r.getInt(6);
        if (item.identity().isEmpty() || (rows.isEmpty() && type == 0 && queue != -1)) {
            return;
        }
        var due = model.days().due(type, queue, r.getLong(7), r.getLong(8), r.getLong(9));
        doc.history(new ReviewHistory(item.identity(), rows, due, queue == -1));
    }

    private Map<Long, NoteRow> notes() throws SQLException {
        Map<Long, NoteRow> out = new HashMap<>();
        try (PreparedStatement s = db.prepareStatement("select id, guid, mid, tags, flds from notes")) {
            s.setQueryTimeout(CollectionFile.QUERY_SECONDS);
            ResultSet r = s.executeQuery();
            while (r.next()) {
                String tags = r.getString(4);
                List<String> tagList = new ArrayList<>();
                for (String t : (tags == null ? "" : tags).strip().split("\\s+")) {
                    if (!t.isEmpty()) {
                        tagList.add(t);
                    }
                }
                String flds = r.getString(5);
                out.put(
                        r.getLong(1),
                        new NoteRow(
                                r.getString(2) == null ? "" : r.getString(2),
                                r.getLong(3),
                                tagList,
                                Arrays.asList((flds == null ? "" : flds).split("\u001f", -1))));
            }
        }
        return out;
    }

    private void refuseAbove(String sql, int limit, String key) throws SQLException, ImportLimitException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setQueryTimeout(CollectionFile.QUERY_SECONDS);
            ResultSet r = s.executeQuery();
            long count = r.next() ? r.getLong(1) : 0;
            if (count > limit) {
                throw Messages.refusal(Where.entry("collection"), key, limit);
            }
        }
    }
}
