package org.quiztrainer.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quiztrainer.bank.parse.BankReader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The banks migration (V40) on a database at the schema before it (V4) holding learners, their cards, review log,
 * settings and saved scope, a class with an assignment, an override and attempts, and built-in questions as the
 * pre-bank app wrote them: every row and every value survives, the rows land in the built-in bank with their meaning
 * kept, and the questions still match the bank files byte for byte (so the next sync changes nothing and no learner
 * is told a question changed). On H2, or in a schema of its own of the database {@code TEST_DB_URL} names.
 */
@Tag("db")
class BanksMigrationTest {

    static final List<String> V4_TABLES = List.of(
            "app_user",
            "bank_topic",
            "bank_question",
            "bank_question_revision",
            "bank_unit",
            "study_card",
            "review_log",
            "study_settings",
            "study_scope",
            "class_group",
            "class_member",
            "assignment",
            "assignment_override",
            "attempt",
            "attempt_answer");

    String url;
    String user;
    String password;
    String schema;

    @BeforeEach
    void aDatabaseAtV4() throws SQLException {
        String pg = System.getenv("TEST_DB_URL");
        if (pg != null && pg.startsWith("jdbc:postgresql:")) {
            url = pg;
            user = System.getenv().getOrDefault("TEST_DB_USER", "quiztrainer");
            password = System.getenv().getOrDefault("TEST_DB_PASSWORD", "quiztrainer");
            schema = "v40_migration_" + Long.toString(System.nanoTime(), 36);
        } else {
            url = "jdbc:h2:mem:v40-migration-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
            user = "sa";
            password = "";
        }
        flyway(MigrationVersion.fromVersion("4")).migrate();
        try (Connection c = connect()) {
            ScriptUtils.executeSqlScript(c, new ClassPathResource("db/v4/bank.sql"));
            ScriptUtils.executeSqlScript(c, new ClassPathResource("db/v4/learners.sql"));
        }
    }

    @AfterEach
    void dropIt() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute(schema == null ? "DROP ALL OBJECTS" : "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Test
    void everyRowAndValueSurvivesAndLandsInTheBuiltInBank() throws SQLException {
        Map<String, List<Map<String, String>>> before = new LinkedHashMap<>();
        try (Connection c = connect()) {
            for (String t : V4_TABLES) {
                before.put(t, rows(c, t));
            }
        }
        assertThat(before.get("bank_question")).hasSize(8);
        assertThat(before.get("review_log")).hasSize(3);

        flyway(MigrationVersion.LATEST).migrate();

        try (Connection c = connect()) {
            for (String t : V4_TABLES) {
                List<Map<String, String>> after = rows(c, t);
                List<Map<String, String>> old = before.get(t);
                assertThat(after).as(t).hasSameSizeAs(old);
                for (int i = 0; i < old.size(); i++) {
                    Map<String, String> kept = new LinkedHashMap<>(after.get(i));
                    kept.keySet().retainAll(old.get(i).keySet());
                    assertThat(kept).as(t + " row " + i).isEqualTo(old.get(i));
                }
            }
            assertThat(rows(c, "bank")).singleElement().satisfies(b -> {
                assertThat(b).containsEntry("id", "1").containsEntry("visibility", "PUBLIC");
                assertThat(b.get("built_in")).isEqualToIgnoringCase("true");
                assertThat(b.get("owner_id")).isNull();
            });
            for (Map<String, String> q : rows(c, "bank_question")) {
                assertThat(q).containsEntry("bank_id", "1").containsEntry("bank_key", q.get("id"));
                assertThat(q.get("note_key")).isNull();
                assertThat(Boolean.parseBoolean(q.get("self_graded").toLowerCase(Locale.ROOT)))
                        .as("only a flashcard grades itself: " + q.get("id"))
                        .isEqualTo(q.get("question_type").equals("flashcard"));
            }
            assertThat(column(c, "bank_topic", "bank_id")).containsOnly("1");
            assertThat(column(c, "assignment", "random_banks")).containsExactly("1");
            assertThat(column(c, "study_scope", "bank_ids")).containsExactly("1");
            assertThat(column(c, "attempt", "question_revisions"))
                    .as("attempts started before banks show the current revision, as they did")
                    .containsExactly("", "");
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO bank (title, description, languages, visibility, created_at, changed_at)"
                        + " VALUES ('新题库', '', 'ZH', 'PRIVATE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }
            assertThat(column(c, "bank", "id"))
                    .as("a new bank never takes the built-in id")
                    .containsExactly("1", "2");
        }
    }

    @Test
    void theMigratedQuestionsStillMatchTheBankFilesSoTheNextSyncChangesNothing() throws SQLException {
        flyway(MigrationVersion.LATEST).migrate();
        Map<String, Question> files =
                BankReader.read(Path.of("questions")).bank().orElseThrow().questionsById();

        try (Connection c = connect()) {
            List<Map<String, String>> stored = rows(c, "bank_question");
            assertThat(stored).hasSize(8);
            Set<String> types = new java.util.HashSet<>();
            for (Map<String, String> q : stored) {
                Question now = files.get(q.get("id"));
                assertThat(now).as(q.get("id")).isNotNull();
                String json = QuestionCodec.encode(now);
                assertThat(json).as("the stored JSON of " + q.get("id")).isEqualTo(q.get("content"));
                assertThat(QuestionCodec.hash(json)).isEqualTo(q.get("content_hash"));
                Question decoded = QuestionCodec.decode(q.get("content"), new Location("", 0));
                assertThat(decoded.content()).isEqualTo(now.content());
                assertThat(decoded.html()).isFalse();
                types.add(decoded.type().code());
            }
            assertThat(types).as("one question of every type before cloze").hasSize(8);
        }
    }

    private Flyway flyway(MigrationVersion target) {
        var config = Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .target(target);
        if (schema != null) {
            config = config.schemas(schema).createSchemas(true);
        }
        return config.load();
    }

    private Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url, user, password);
        if (schema != null) {
            try (Statement s = c.createStatement()) {
                s.execute("SET search_path TO " + schema);
            }
        }
        return c;
    }

    /** Every row of a table by its first column, each value as text (null as null), by lower-case column name. */
    private static List<Map<String, String>> rows(Connection c, String table) throws SQLException {
        List<Map<String, String>> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
            ResultSetMetaData m = r.getMetaData();
            while (r.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= m.getColumnCount(); i++) {
                    Object v = r.getObject(i);
                    row.put(m.getColumnLabel(i).toLowerCase(Locale.ROOT), v == null ? null : text(v));
                }
                out.add(row);
            }
        }
        return out;
    }

    private static String text(Object v) {
        if (v instanceof java.time.OffsetDateTime t) {
            return t.toInstant().toString();
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toInstant().toString();
        }
        return v.toString();
    }

    private static List<String> column(Connection c, String table, String column) throws SQLException {
        return rows(c, table).stream().map(r -> r.get(column)).toList();
    }
}
