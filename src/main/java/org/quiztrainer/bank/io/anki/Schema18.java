package org.quiztrainer.bank.io.anki;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Note types and decks of a schema 15+ collection ({@code rslib/src/storage/upgrades/schema15_upgrade.sql}):
 * {@code notetypes.config} is a {@code Notetype.Config} message, {@code templates.config} a
 * {@code Notetype.Template.Config}, deck names have their parts separated by {@code \u001f}.
 */
final class Schema18 {

    private Schema18() {}

    static Map<Long, NoteType> noteTypes(Connection db) throws SQLException, CollectionModel.BadCollectionException {
        Map<Long, List<String>> fields = new HashMap<>();
        for (Object[] row : rows(db, "select ntid, name from fields order by ntid, ord", 2)) {
            fields.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        Map<Long, List<NoteType.Template>> templates = new HashMap<>();
        for (Object[] row : rows(db, "select ntid, ord, name, config from templates order by ntid, ord", 4)) {
            byte[] config = (byte[]) row[3];
            try {
                templates
                        .computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add(new NoteType.Template(
                                ((Long) row[1]).intValue(),
                                (String) row[2],
                                Proto.string(config, 1),
                                Proto.string(config, 2)));
            } catch (Proto.MalformedException e) {
                throw new CollectionModel.BadCollectionException("a card template's settings are damaged", e);
            }
        }
        Map<Long, NoteType> out = new HashMap<>();
        for (Object[] row : rows(db, "select id, name, config from notetypes", 3)) {
            long id = (Long) row[0];
            byte[] config = (byte[]) row[2];
            try {
                boolean cloze = Proto.varint(config, 1, 0) == 1;
                int stock = (int) Proto.varint(config, 9, 0);
                out.put(
                        id,
                        new NoteType(
                                id,
                                (String) row[1],
                                cloze,
                                stock,
                                fields.getOrDefault(id, List.of()),
                                templates.getOrDefault(id, List.of())));
            } catch (Proto.MalformedException e) {
                throw new CollectionModel.BadCollectionException("a note type's settings are damaged", e);
            }
        }
        return out;
    }

    static Map<Long, List<String>> decks(Connection db) throws SQLException {
        Map<Long, List<String>> out = new HashMap<>();
        for (Object[] row : rows(db, "select id, name from decks", 2)) {
            out.put((Long) row[0], List.of(((String) row[1]).split("\u001f")));
        }
        return out;
    }

    /** Rows as objects: integers as Long, text as String, blobs as byte[] (null as an empty blob). */
    private static List<Object[]> rows(Connection db, String sql, int columns) throws SQLException {
        List<Object[]> out = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setQueryTimeout(CollectionFile.QUERY_SECONDS);
            ResultSet r = s.executeQuery();
            while (r.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    Object v = r.getObject(i + 1);
                    row[i] = v instanceof Integer n
                            ? Long.valueOf(n)
                            : v instanceof String || v instanceof Long ? v : r.getBytes(i + 1);
                    if (row[i] == null) {
                        row[i] = new byte[0];
                    }
                }
                if (row[1] instanceof byte[] b) {
                    row[1] = new String(b, java.nio.charset.StandardCharsets.UTF_8);
                }
                out.add(row);
            }
        }
        return out;
    }
}
