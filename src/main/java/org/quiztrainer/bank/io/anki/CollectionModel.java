package org.quiztrainer.bank.io.anki;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a collection says about its notes: note types, deck names and its day settings. Schema 11 keeps them
 * as JSON in the {@code col} row ({@code models}, {@code decks}, {@code conf}); schema 15 and later in tables
 * ({@code notetypes}, {@code fields}, {@code templates}, {@code decks}, {@code config}) with protocol buffer
 * configs and deck names separated by {@code \u001f}.
 *
 * @param version   {@code col.ver}
 * @param noteTypes the note types by id
 * @param decks     deck names split into their parts, by id
 * @param days      the day settings
 * @param v1        whether the collection uses Anki's V1 scheduler (its learning buttons were 1 to 3)
 */
record CollectionModel(
        int version, Map<Long, NoteType> noteTypes, Map<Long, List<String>> decks, AnkiDays days, boolean v1) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Thrown for a collection whose settings cannot be read. */
    static final class BadCollectionException extends Exception {
        private static final long serialVersionUID = 1L;

        BadCollectionException(String what, Throwable cause) {
            super(what, cause);
        }
    }

    static CollectionModel read(Connection db) throws SQLException, BadCollectionException {
        try (PreparedStatement s = db.prepareStatement("select ver, crt, conf, models, decks from col limit 1")) {
            s.setQueryTimeout(CollectionFile.QUERY_SECONDS);
            ResultSet r = s.executeQuery();
            if (!r.next()) {
                throw new BadCollectionException("the col table is empty", null);
            }
            int version = r.getInt(1);
            long crt = r.getLong(2);
            if (version >= 15) {
                Map<String, JsonNode> config = config(db);
                return new CollectionModel(
                        version, Schema18.noteTypes(db), Schema18.decks(db), days(crt, config), v1(config));
            }
            Map<String, JsonNode> conf = object(r.getString(3));
            return new CollectionModel(
                    version,
                    legacyNoteTypes(object(r.getString(4))),
                    legacyDecks(object(r.getString(5))),
                    days(crt, conf),
                    v1(conf));
        }
    }

    private static boolean v1(Map<String, JsonNode> conf) {
        JsonNode v = conf.get("schedVer");
        return v == null || v.asInt(1) == 1;
    }

    private static AnkiDays days(long crt, Map<String, JsonNode> conf) {
        Integer rollover =
                v1(conf) ? null : conf.containsKey("rollover") ? integer(conf.get("rollover")) : Integer.valueOf(4);
        return new AnkiDays(crt, rollover, integer(conf.get("creationOffset")), integer(conf.get("localOffset")));
    }

    private static Integer integer(JsonNode n) {
        return n == null || !n.canConvertToInt() ? null : n.asInt();
    }

    private static Map<String, JsonNode> config(Connection db) throws SQLException, BadCollectionException {
        Map<String, JsonNode> out = new HashMap<>();
        String sql =
                "select KEY, val from config where KEY in ('schedVer', 'rollover', 'creationOffset', 'localOffset')";
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setQueryTimeout(CollectionFile.QUERY_SECONDS);
            ResultSet r = s.executeQuery();
            while (r.next()) {
                byte[] val = r.getBytes(2);
                out.put(r.getString(1), parse(val == null ? "null" : new String(val, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    static JsonNode parse(String json) throws BadCollectionException {
        try {
            return JSON.readTree(json == null || json.isBlank() ? "{}" : json);
        } catch (IOException e) {
            throw new BadCollectionException("invalid JSON in the collection", e);
        }
    }

    private static Map<String, JsonNode> object(String json) throws BadCollectionException {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        JsonNode n = parse(json);
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    private static Map<Long, NoteType> legacyNoteTypes(Map<String, JsonNode> models) {
        Map<Long, NoteType> out = new HashMap<>();
        for (JsonNode m : models.values()) {
            List<String> fields = new ArrayList<>();
            m.path("flds").forEach(f -> fields.add(f.path("name").asText("")));
            List<NoteType.Template> templates = new ArrayList<>();
            int i = 0;
            for (JsonNode t : m.path("tmpls")) {
                int ord = t.path("ord").canConvertToInt() ? t.path("ord").asInt() : i;
                templates.add(new NoteType.Template(
                        ord,
                        t.path("name").asText(""),
                        t.path("qfmt").asText(""),
                        t.path("afmt").asText("")));
                i++;
            }
            long id = m.path("id").asLong();
            out.put(
                    id,
                    new NoteType(
                            id,
                            m.path("name").asText(""),
                            m.path("type").asInt(0) == 1,
                            m.path("originalStockKind").asInt(0),
                            fields,
                            templates));
        }
        return out;
    }

    private static Map<Long, List<String>> legacyDecks(Map<String, JsonNode> decks) {
        Map<Long, List<String>> out = new HashMap<>();
        decks.forEach((id, d) -> out.put(
                d.path("id").asLong(parseLong(id)),
                List.of(d.path("name").asText("").split("::"))));
        return out;
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
